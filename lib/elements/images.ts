import "server-only";
import { STUDIO_ASSET_URL } from "@/lib/providers/server";
import type { ElementDeps } from "./deps";

/**
 * An element image as an element library takes it: the studio's own files inline as Base64 (the Kling
 * gateway's element API accepts Base64 or a URL, and the studio may have no public address), anything
 * else as the URL it already is.
 */
export async function imageForLibrary(deps: Pick<ElementDeps, "prisma" | "storage">, url: string): Promise<string> {
  const id = STUDIO_ASSET_URL.exec(url)?.[1];
  if (!id) return url;
  const asset = await deps.prisma.asset.findUnique({ where: { id } });
  const object = asset && (await deps.storage.read(asset.storageKey));
  if (!asset || !object) throw new Error(`The image ${url} is no longer in the studio's storage.`);
  const bytes = Buffer.concat(await object.body.toArray());
  return `data:${asset.contentType};base64,${bytes.toString("base64")}`;
}
