import "server-only";
import { Readable } from "node:stream";
import { thumbnailOf } from "@/lib/media/image";
import type { Storage } from "./types";

/**
 * The key of an image's thumbnail, made on first request and kept beside the image (a stored
 * file never changes under its key, so neither does its thumbnail). Null when the image is missing.
 */
export async function thumbnailKey(storage: Storage, key: string): Promise<string | null> {
  const thumbnail = `${key}.thumb.webp`;
  if (await storage.stat(thumbnail)) return thumbnail;
  const object = await storage.read(key);
  if (!object) return null;
  const bytes = Buffer.concat(await object.body.toArray());
  await storage.put(thumbnail, Readable.from(await thumbnailOf(bytes)), {
    contentType: "image/webp",
    maxBytes: 5 * 1024 * 1024,
  });
  return thumbnail;
}
