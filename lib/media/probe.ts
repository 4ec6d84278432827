import { z } from "zod";
import { assertVideoContainer, videoInputArgs } from "./container";
import { runMediaTool, type RunMediaToolOptions } from "./ffmpeg";

export const mediaInfoSchema = z.object({
  durationSeconds: z.number().nonnegative(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  fps: z.number().positive(),
  hasAudio: z.boolean(),
  videoCodec: z.string().min(1),
  audioCodec: z.string().min(1).optional(),
  sizeBytes: z.number().int().nonnegative(),
  /** ffprobe's demuxer list, e.g. "mov,mp4,m4a,3gp,3g2,mj2". */
  formatName: z.string().min(1),
});

export type MediaInfo = z.infer<typeof mediaInfoSchema>;

// ffprobe prints numbers as strings ("5.000000") and omits fields it cannot determine.
const numeric = z.coerce.number().refine(Number.isFinite);

const ffprobeStreamSchema = z.object({
  codec_type: z.string(),
  codec_name: z.string().optional(),
  width: z.number().optional(),
  height: z.number().optional(),
  avg_frame_rate: z.string().optional(),
  r_frame_rate: z.string().optional(),
  duration: numeric.optional(),
});

const ffprobeOutputSchema = z.object({
  streams: z.array(ffprobeStreamSchema),
  format: z.object({
    format_name: z.string(),
    duration: numeric.optional(),
    size: numeric.optional(),
  }),
});

/**
 * Probes a local MP4/MOV video file. Throws if it is another kind of file (checked by its first
 * bytes: a playlist or concat list would make ffprobe open the files it names), cannot be read or
 * has no video stream.
 */
export async function probeMedia(filePath: string, options?: RunMediaToolOptions): Promise<MediaInfo> {
  await assertVideoContainer(filePath);
  const { stdout } = await runMediaTool(
    "ffprobe",
    ["-v", "error", "-print_format", "json", "-show_format", "-show_streams", ...videoInputArgs(filePath)],
    { timeoutMs: 30_000, ...options },
  );
  const raw = ffprobeOutputSchema.parse(JSON.parse(stdout));
  const video = raw.streams.find((s) => s.codec_type === "video");
  if (!video) throw new Error(`${filePath} has no video stream`);
  const audio = raw.streams.find((s) => s.codec_type === "audio");

  return mediaInfoSchema.parse({
    durationSeconds: raw.format.duration ?? video.duration,
    width: video.width,
    height: video.height,
    fps: parseFrameRate(video.avg_frame_rate) ?? parseFrameRate(video.r_frame_rate),
    hasAudio: audio !== undefined,
    videoCodec: video.codec_name,
    audioCodec: audio?.codec_name,
    sizeBytes: raw.format.size,
    formatName: raw.format.format_name,
  });
}

/** "24000/1001" -> 23.976…; ffprobe reports "0/0" when unknown. */
function parseFrameRate(rate: string | undefined): number | undefined {
  const [num, den] = (rate ?? "").split("/").map(Number);
  if (num === undefined || !Number.isFinite(num) || num <= 0) return undefined;
  const value = den === undefined ? num : num / den;
  return Number.isFinite(value) && value > 0 ? value : undefined;
}
