import * as z from "zod/mini";
import type { ElementRef, MediaItem, MotionBrush, Voice } from "@/lib/providers";
import { MEDIA_ROLES, PROVIDERS } from "@/lib/providers/browser";
import { CAMERA_AXES, CAMERA_MOVES, type CameraState } from "../fields/camera";

// Every schema a draft is checked with, in one module that the studio loads only when there is a
// draft to restore (draft-storage.ts): with zod/mini's core it would add a fifth to each mode
// page's first load (bench:bundle). The editors import the types alone.

// Quality and ratio are checked against the chosen model by adaptSettings when the draft is restored.
export const DraftSettingsSchema = z.object({
  provider: z.enum(PROVIDERS),
  model: z.string(),
  quality: z.optional(z.string()),
  aspectRatio: z.optional(z.string()),
  duration: z.int().check(z.positive()),
  audio: z.boolean(),
  watermark: z.boolean(),
});

// Draft schemas of the media modes, in zod/mini with the zod-free lists (@/lib/providers/browser):
// the canonical schema modules would bring all of zod. Drafts hold references (`asset:<id>`), never files.

export const MediaItemStateSchema = z.object({
  role: z.enum(MEDIA_ROLES),
  url: z.string(),
  keepOriginalSound: z.optional(z.boolean()),
  metadata: z.optional(
    z.object({
      width: z.optional(z.number()),
      height: z.optional(z.number()),
      durationSeconds: z.optional(z.number()),
      fps: z.optional(z.number()),
      sizeBytes: z.optional(z.number()),
      format: z.optional(z.string()),
      hasAlpha: z.optional(z.boolean()),
    }),
  ),
}) satisfies z.ZodMiniType<MediaItem>;

export const ElementStateSchema = z.object({
  id: z.string(),
  name: z.optional(z.string()),
  description: z.optional(z.string()),
  imageUrls: z.optional(z.array(z.string())),
}) satisfies z.ZodMiniType<ElementRef>;

export const VoiceStateSchema = z.object({ voiceId: z.string() }) satisfies z.ZodMiniType<Voice>;

const PointSchema = z.object({ x: z.number(), y: z.number() });
export const MotionBrushStateSchema = z.object({
  staticMask: z.optional(z.int()),
  dynamicMasks: z.array(z.object({ mask: z.int(), trajectory: z.array(PointSchema) })),
}) satisfies z.ZodMiniType<MotionBrush>;

/** The form's camera: a preset, or one axis with its amount ("simple"); the other axes stay at zero. */
export const CameraStateSchema = z.object({
  move: z.enum(["none", ...CAMERA_MOVES]),
  axis: z.enum(CAMERA_AXES),
  amount: z.int().check(z.minimum(-10), z.maximum(10)),
}) satisfies z.ZodMiniType<CameraState>;

/** What the first-frame editor holds between renders (and in drafts). */
export const FirstFrameStateSchema = z.object({
  prompt: z.string(),
  negativePrompt: z.string(),
  guide: z.enum(["prompt", "camera", "brush"]),
  camera: CameraStateSchema,
  media: z.array(MediaItemStateSchema),
  motionBrush: z.optional(MotionBrushStateSchema),
  voices: z.array(VoiceStateSchema),
  // Optional: drafts saved before first-frame forms took elements still restore.
  elements: z.optional(z.array(ElementStateSchema)),
});
export type FirstFrameState = z.infer<typeof FirstFrameStateSchema>;

export const ShotDraftSchema = z.object({ id: z.string(), prompt: z.string(), duration: z.int().check(z.positive()) });
export type ShotDraft = z.infer<typeof ShotDraftSchema>;

export const StoryboardStateSchema = z.object({
  split: z.enum(["custom", "intelligent"]),
  /** The whole video's prompt, used by the intelligent split. */
  prompt: z.string(),
  negativePrompt: z.string(),
  shots: z.array(ShotDraftSchema).check(z.minLength(1)),
});
export type StoryboardState = z.infer<typeof StoryboardStateSchema>;

export const TextStateSchema = z.object({ prompt: z.string(), negativePrompt: z.string(), camera: CameraStateSchema });
export type TextState = z.infer<typeof TextStateSchema>;

export const FirstLastStateSchema = z.object({
  prompt: z.string(),
  negativePrompt: z.string(),
  media: z.array(MediaItemStateSchema),
});
export type FirstLastState = z.infer<typeof FirstLastStateSchema>;

export const MotionControlStateSchema = z.object({
  prompt: z.string(),
  negativePrompt: z.string(),
  media: z.array(MediaItemStateSchema),
  characterOrientation: z.enum(["image", "video"]),
});
export type MotionControlState = z.infer<typeof MotionControlStateSchema>;

export const VideoModeStateSchema = z.object({
  prompt: z.string(),
  negativePrompt: z.string(),
  media: z.array(MediaItemStateSchema),
  elements: z.array(ElementStateSchema),
  extendDirection: z.optional(z.enum(["next", "previous"])),
});

export const ReferenceStateSchema = z.object({
  prompt: z.string(),
  negativePrompt: z.string(),
  media: z.array(MediaItemStateSchema),
  elements: z.array(ElementStateSchema),
});
export type ReferenceState = z.infer<typeof ReferenceStateSchema>;

export type VideoModeDraftState = z.infer<typeof VideoModeStateSchema>;
