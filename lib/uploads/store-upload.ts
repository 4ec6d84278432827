import "server-only";
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { PrismaClient } from "@/lib/db/generated/client";
import { NotAVideoContainerError, sniffContainer } from "@/lib/media/container";
import { inspectImage } from "@/lib/media/image";
import { probeMedia } from "@/lib/media/probe";
import type { Storage } from "@/lib/storage";
import { IMAGE_FORMAT_OF, UPLOAD_TYPES, type UploadContentType } from "./upload-rules";

/** An upload the studio refuses, with the rule it breaks. */
export class UploadRejectedError extends Error {
  constructor(
    readonly rule: string,
    message: string,
  ) {
    super(message);
  }
}

type Measured = {
  width: number;
  height: number;
  durationSeconds?: number;
  fps?: number;
  format: string;
  hasAlpha?: boolean;
};

async function measure(storage: Storage, key: string, contentType: UploadContentType): Promise<Measured> {
  const object = await storage.read(key);
  if (!object) throw new Error(`upload ${key} vanished`);
  if (UPLOAD_TYPES[contentType].kind === "image") {
    const bytes = Buffer.concat(await object.body.toArray());
    // By the first bytes, before any decoder runs: sharp would also read SVG, which can name other files.
    const container = sniffContainer(bytes.subarray(0, 16));
    if (!container) throw new UploadRejectedError("image_unreadable", "This file is not a readable image.");
    if (container !== IMAGE_FORMAT_OF[contentType]) {
      throw new UploadRejectedError(
        "image_format_mismatch",
        `The file is a ${container.toUpperCase()} file, not ${contentType}.`,
      );
    }
    const image = await inspectImage(bytes).catch(() => {
      throw new UploadRejectedError("image_unreadable", "This file is not a readable image.");
    });
    if (image.format !== IMAGE_FORMAT_OF[contentType]) {
      throw new UploadRejectedError(
        "image_format_mismatch",
        `The file is a ${image.format.toUpperCase()} image, not ${contentType}.`,
      );
    }
    return { width: image.width, height: image.height, format: image.format, hasAlpha: image.hasAlpha };
  }
  // ffprobe needs a seekable file.
  const dir = await mkdtemp(path.join(tmpdir(), "kling-upload-"));
  try {
    const file = path.join(dir, `upload.${UPLOAD_TYPES[contentType].extension}`);
    await pipeline(object.body, createWriteStream(file));
    const video = await probeMedia(file).catch((error: unknown) => {
      if (error instanceof NotAVideoContainerError)
        throw new UploadRejectedError("video_format_mismatch", "This file is not an MP4 or MOV video.");
      throw new UploadRejectedError("video_unreadable", "This file is not a readable video.");
    });
    return {
      width: video.width,
      height: video.height,
      durationSeconds: video.durationSeconds,
      fps: video.fps,
      format: UPLOAD_TYPES[contentType].extension,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Stores an uploaded file, measures it, and records it as an asset the creator can use as media. */
export async function storeUpload(
  { prisma, storage }: { prisma: PrismaClient; storage: Storage },
  { ownerId, contentType, body }: { ownerId: string; contentType: UploadContentType; body: ReadableStream<Uint8Array> },
) {
  const rules = UPLOAD_TYPES[contentType];
  const key = `uploads/${ownerId.replace(/[^A-Za-z0-9_-]/g, "_")}/${randomUUID()}.${rules.extension}`;
  const stored = await storage
    .put(key, Readable.fromWeb(body as import("node:stream/web").ReadableStream), {
      contentType,
      maxBytes: rules.maxBytes,
    })
    .catch((error: { code?: string }) => {
      if (error.code === "too_large")
        throw new UploadRejectedError("file_too_large", `The file is larger than ${rules.maxBytes / 1024 / 1024} MB.`);
      throw error;
    });
  try {
    const measured = await measure(storage, key, contentType);
    return await prisma.asset.create({
      data: {
        kind: "upload",
        ownerId,
        storageKey: key,
        contentType,
        sizeBytes: BigInt(stored.sizeBytes),
        sha256: stored.sha256,
        ...measured,
      },
    });
  } catch (error) {
    await storage.delete(key);
    throw error;
  }
}

export function presentUpload(asset: Awaited<ReturnType<typeof storeUpload>>) {
  return {
    id: asset.id,
    url: `asset:${asset.id}`,
    previewUrl: `/api/assets/${asset.id}`,
    contentType: asset.contentType,
    sizeBytes: Number(asset.sizeBytes),
    width: asset.width,
    height: asset.height,
    durationSeconds: asset.durationSeconds,
    fps: asset.fps,
    format: asset.format,
    hasAlpha: asset.hasAlpha,
  };
}
