import "server-only";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type { AssetKind, Generation, Prisma } from "@/lib/db/generated/client";
import { extractPoster } from "@/lib/media/poster";
import { probeMedia } from "@/lib/media/probe";
import type { GenerationResult } from "@/lib/providers/server";
import type { Storage } from "@/lib/storage";
import { adapterFor, type TaskEngine } from "../engine";
import type { GenerationError } from "../generation-error";
import { retryDelayMs } from "../poll-policy";
import { enqueueStep } from "../queue";
import { transition } from "../transitions";

// Provider links live for days (30 for DashScope videos): keep trying well before giving up.
const MAX_STORE_FAILURES = 12;

type StoredFile = {
  kind: AssetKind;
  key: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  width?: number;
  height?: number;
  durationSeconds?: number;
  fps?: number;
};

async function copyToTempFile(storage: Storage, key: string, file: string) {
  const object = await storage.read(key);
  if (!object) throw new Error(`stored object ${key} vanished`);
  await pipeline(object.body, createWriteStream(file));
}

/**
 * Copies the finished video (and its watermarked variant and cover, when offered) into the
 * studio's storage, measures the real video with ffprobe and cuts a poster frame. The generation
 * is marked succeeded only once every file is stored.
 */
async function storeFiles(engine: TaskEngine, generation: Generation, result: GenerationResult): Promise<StoredFile[]> {
  const { storage } = engine;
  // A provider on this machine (the simulator) hands over files it rendered here.
  const allowFileUrls = adapterFor(engine, generation.provider).capabilities.runsInStudio;
  const prefix = `generations/${generation.id}`;
  const stored: StoredFile[] = [];

  const video = await storage.putFromUrl(`${prefix}/video.mp4`, result.videoUrl, {
    contentType: "video/mp4",
    allowFileUrls,
  });
  const workDir = await mkdtemp(path.join(tmpdir(), "kling-store-"));
  try {
    const localVideo = path.join(workDir, "video.mp4");
    await copyToTempFile(storage, video.key, localVideo);
    const info = await probeMedia(localVideo);
    stored.push({
      kind: "video",
      ...video,
      width: info.width,
      height: info.height,
      durationSeconds: info.durationSeconds,
      fps: info.fps,
    });

    const posterFile = path.join(workDir, "poster.jpg");
    const poster = await extractPoster(localVideo, posterFile, { atSeconds: Math.min(1, info.durationSeconds / 2) });
    const posterObject = await storage.put(
      `${prefix}/poster.jpg`,
      { filePath: posterFile },
      { contentType: "image/jpeg" },
    );
    stored.push({ kind: "poster", ...posterObject, width: poster.width, height: poster.height });
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }

  if (result.watermarkedVideoUrl) {
    const watermarked = await storage.putFromUrl(`${prefix}/video-watermarked.mp4`, result.watermarkedVideoUrl, {
      contentType: "video/mp4",
      allowFileUrls,
    });
    stored.push({ kind: "watermarked_video", ...watermarked });
  }
  if (result.coverUrl) {
    const cover = await storage.putFromUrl(`${prefix}/cover.jpg`, result.coverUrl, {
      contentType: "image/jpeg",
      allowFileUrls,
    });
    stored.push({ kind: "cover", ...cover });
  }
  return stored;
}

export async function storeStep(engine: TaskEngine, generation: Generation) {
  const result = generation.providerResult as GenerationResult | null;
  if (!result?.videoUrl) throw new Error(`generation ${generation.id} is storing without a provider result`);
  let files: StoredFile[];
  try {
    files = await storeFiles(engine, generation, result);
  } catch (error) {
    const failures = generation.stepFailures + 1;
    console.warn(`[worker] storing generation ${generation.id} failed (attempt ${failures}):`, error);
    if (failures < MAX_STORE_FAILURES) {
      await engine.prisma.generation.update({ where: { id: generation.id }, data: { stepFailures: failures } });
      return enqueueStep(
        engine.boss,
        { generationId: generation.id, phase: "store" },
        retryDelayMs(failures, undefined),
      );
    }
    const failure: GenerationError = {
      kind: "storage",
      message:
        "The video was generated but could not be copied into the studio's storage. The provider's link may have expired.",
      providerMessage: error instanceof Error ? error.message : String(error),
    };
    await transition(engine, generation.id, {
      from: ["storing"],
      to: "failed",
      message: failure.message,
      data: { error: failure },
    });
    return;
  }

  const video = files.find((file) => file.kind === "video")!;
  await transition(
    engine,
    generation.id,
    {
      from: ["storing"],
      to: "succeeded",
      data: {
        stepFailures: 0,
        result: {
          durationSeconds: video.durationSeconds,
          width: video.width,
          height: video.height,
          fps: video.fps,
          sizeBytes: video.sizeBytes,
          hasAudio: result.hasAudio,
          billedSeconds: result.billedSeconds,
        } satisfies Prisma.InputJsonObject,
      },
    },
    async (tx) => {
      // A retried store replaces what an interrupted one may have recorded.
      await tx.asset.deleteMany({ where: { generationId: generation.id } });
      await tx.asset.createMany({
        data: files.map((file) => ({
          kind: file.kind,
          ownerId: generation.creatorId,
          generationId: generation.id,
          storageKey: file.key,
          contentType: file.contentType,
          sizeBytes: BigInt(file.sizeBytes),
          sha256: file.sha256,
          width: file.width ?? null,
          height: file.height ?? null,
          durationSeconds: file.durationSeconds ?? null,
          fps: file.fps ?? null,
        })),
      });
    },
  );
}
