import { z } from "zod";

export const aspectRatioSchema = z.enum(["16:9", "9:16", "1:1"]);
export const videoQualitySchema = z.enum(["std", "pro", "4k"]);

const durationSecondsSchema = z.number().int().min(1).max(15);

export const simulatedShotSchema = z.object({
  prompt: z.string(),
  durationSeconds: durationSecondsSchema,
});

export const renderSimulatedVideoOptionsSchema = z
  .object({
    aspectRatio: aspectRatioSchema,
    durationSeconds: durationSecondsSchema,
    quality: videoQualitySchema,
    /** true: a quiet sine tone (AAC). false: no audio stream at all, so probing reports hasAudio=false. */
    audio: z.boolean(),
    prompt: z.string().optional(),
    /** Storyboard: shots play back to back, each showing its own prompt; durations must add up. */
    shots: z.array(simulatedShotSchema).min(1).optional(),
    /** Image used as the (static) background: a local file path or the image bytes. */
    firstFrame: z.union([z.string().min(1), z.instanceof(Uint8Array)]).optional(),
    title: z.string().optional(),
    /**
     * "preview" (default) renders small frames whatever the quality so tests and the keyless demo
     * stay fast; "full" renders the real resolution of the requested quality.
     */
    scale: z.enum(["preview", "full"]).default("preview"),
  })
  .refine((o) => !o.shots || o.shots.reduce((sum, s) => sum + s.durationSeconds, 0) === o.durationSeconds, {
    path: ["shots"],
    message: "shot durations must add up to durationSeconds",
  });

/** What callers pass (scale may be omitted). */
export type RenderSimulatedVideoOptions = z.input<typeof renderSimulatedVideoOptionsSchema>;
export type ParsedRenderOptions = z.output<typeof renderSimulatedVideoOptionsSchema>;
export type AspectRatio = z.infer<typeof aspectRatioSchema>;
export type VideoQuality = z.infer<typeof videoQualitySchema>;

export interface FrameSize {
  width: number;
  height: number;
}

const PREVIEW_SHORT_SIDE = 360;
const FULL_SHORT_SIDE: Record<VideoQuality, number> = { std: 720, pro: 1080, "4k": 2160 };

/** 16:9 preview -> 640x360, 9:16 std full -> 720x1280, 1:1 preview -> 480x480 (a bit larger to stay legible). */
export function frameSize(aspectRatio: AspectRatio, quality: VideoQuality, scale: "preview" | "full"): FrameSize {
  if (aspectRatio === "1:1") {
    const side = scale === "preview" ? 480 : FULL_SHORT_SIDE[quality];
    return { width: side, height: side };
  }
  const short = scale === "preview" ? PREVIEW_SHORT_SIDE : FULL_SHORT_SIDE[quality];
  const long = (short * 16) / 9;
  return aspectRatio === "16:9" ? { width: long, height: short } : { width: short, height: long };
}
