import { randomUUID } from "node:crypto";
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { extractPoster } from "@/lib/media/poster";
import type { AddressPolicy } from "@/lib/net/address-policy";
import { loadFirstFrame } from "./first-frame";
import { renderSimulatedVideo } from "./render";
import { renderOptionsFor } from "./render-plan";
import type { StoredTask, TaskOutcome } from "./task-store";

export type RenderSettings = {
  scale: "preview" | "full";
  mediaFetchTimeoutMs: number;
  renderTimeoutMs: number;
  mediaPolicy?: AddressPolicy;
};

/** The render ran out of time: its task fails with this reason instead of holding a worker. */
export class RenderTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`rendering took longer than ${Math.round(timeoutMs / 1000)} s and was stopped`);
    this.name = "RenderTimeoutError";
  }
}

/**
 * Renders a task's video (and watermarked copy and cover) into its directory and describes them.
 * Every file arrives by rename, so a reader, or a second renderer, never sees half a file.
 */
export async function renderTaskOutcome(task: StoredTask, dir: string, settings: RenderSettings): Promise<TaskOutcome> {
  // One deadline for the whole render: ffmpeg and ffprobe are killed when it passes.
  const signal = AbortSignal.timeout(settings.renderTimeoutMs);
  try {
    return await renderWithin(task, dir, settings, signal);
  } catch (error) {
    if (signal.aborted) throw new RenderTimeoutError(settings.renderTimeoutMs);
    throw error;
  }
}

async function renderWithin(
  task: StoredTask,
  dir: string,
  settings: RenderSettings,
  signal: AbortSignal,
): Promise<TaskOutcome> {
  const { request } = task;
  const firstFrame = await loadFirstFrame(request, {
    timeoutMs: settings.mediaFetchTimeoutMs,
    policy: settings.mediaPolicy,
  });
  signal.throwIfAborted();
  const options = renderOptionsFor(request, { scale: settings.scale, firstFrame: firstFrame.image });

  const videoPath = path.join(dir, "video.mp4");
  const info = await renderSimulatedVideo(options, videoPath, { signal });
  let watermarkedPath: string | undefined;
  if (request.watermark) {
    // A second render with the mark in the title: the same clip, visibly marked, like a provider's copy.
    watermarkedPath = path.join(dir, "video-watermarked.mp4");
    await renderSimulatedVideo({ ...options, title: `WATERMARK · ${options.title}` }, watermarkedPath, { signal });
  }
  const coverPath = path.join(dir, "cover.jpg");
  const partialCover = path.join(dir, `.cover.${randomUUID()}.jpg`);
  try {
    await extractPoster(videoPath, partialCover, { signal });
    await rename(partialCover, coverPath);
  } finally {
    await rm(partialCover, { force: true });
  }

  return {
    status: "succeeded",
    notes: firstFrame.note ? [firstFrame.note] : [],
    result: {
      videoUrl: pathToFileURL(videoPath).href,
      watermarkedVideoUrl: watermarkedPath && pathToFileURL(watermarkedPath).href,
      coverUrl: pathToFileURL(coverPath).href,
      durationSeconds: info.durationSeconds,
      width: info.width,
      height: info.height,
      fps: info.fps,
      sizeBytes: info.sizeBytes,
      hasAudio: info.hasAudio,
      billedSeconds: options.durationSeconds,
    },
  };
}
