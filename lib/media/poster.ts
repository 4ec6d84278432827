import { rm, stat } from "node:fs/promises";
import { videoInputArgs } from "./container";
import { runMediaTool, type RunMediaToolOptions } from "./ffmpeg";
import { probeMedia } from "./probe";

export interface PosterOptions extends RunMediaToolOptions {
  /** Where to grab the frame. Default: 1 s in, or the middle of clips shorter than 2 s. */
  atSeconds?: number;
  /** ffmpeg's JPEG quality scale, 2 (best) … 31. Default 3. */
  jpegQuality?: number;
}

export interface PosterInfo {
  path: string;
  atSeconds: number;
  width: number;
  height: number;
}

/** Writes one frame of `videoPath` as a JPEG at the video's own resolution (gallery poster). */
export async function extractPoster(
  videoPath: string,
  outPath: string,
  { atSeconds, jpegQuality = 3, ...runOptions }: PosterOptions = {},
): Promise<PosterInfo> {
  const media = await probeMedia(videoPath, runOptions);
  // Seeking at or past the last frame makes ffmpeg exit 0 without writing anything.
  const lastFrameStart = Math.max(0, media.durationSeconds - 1 / media.fps);
  const requested = atSeconds ?? Math.min(1, media.durationSeconds / 2);
  const at = Math.min(Math.max(0, requested), lastFrameStart);
  // A stale file from an earlier run must not pass the "was anything written" check below.
  await rm(outPath, { force: true });

  await runMediaTool(
    "ffmpeg",
    [
      "-v",
      "error",
      "-ss",
      at.toFixed(3),
      ...videoInputArgs(videoPath),
      "-frames:v",
      "1",
      "-q:v",
      String(jpegQuality),
      // Explicit muxer/codec so the output is JPEG whatever the file extension.
      "-f",
      "image2",
      "-c:v",
      "mjpeg",
      "-y",
      outPath,
    ],
    { timeoutMs: 30_000, ...runOptions },
  );
  const written = await stat(outPath).catch(() => undefined);
  if (!written?.size) throw new Error(`ffmpeg produced no poster frame for ${videoPath} at ${at}s`);
  return { path: outPath, atSeconds: at, width: media.width, height: media.height };
}
