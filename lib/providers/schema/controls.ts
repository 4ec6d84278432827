import { z } from "zod";
import { MediaUrlSchema } from "./media";
import { TEXT_LIMITS, textSchema } from "./text";

// Ranges below are part of the Kling models themselves (every provider here serves Kling),
// so they hold for every provider; provider-specific limits live in each adapter's validator.

export const CAMERA_MOVES = ["simple", "down_back", "forward_up", "right_turn_forward", "left_turn_forward"] as const;

const cameraAxis = z.number().min(-10).max(10);
export const CameraControlSchema = z.object({
  type: z.enum(CAMERA_MOVES),
  /** Only meaningful for type "simple"; the predefined moves carry their own motion. */
  config: z
    .object({
      horizontal: cameraAxis,
      vertical: cameraAxis,
      pan: cameraAxis,
      tilt: cameraAxis,
      roll: cameraAxis,
      zoom: cameraAxis,
    })
    .optional(),
});
export type CameraControl = z.infer<typeof CameraControlSchema>;

/** A point of a motion-brush trajectory in image pixels, origin at the bottom-left corner. */
export const TrajectoryPointSchema = z.object({ x: z.number(), y: z.number() });

/** Masks point at `media` items with role "mask" by index, so their metadata (resolution) can be checked. */
export const MaskRefSchema = z.number().int().nonnegative();

export const MotionBrushSchema = z.object({
  staticMask: MaskRefSchema.optional(),
  dynamicMasks: z
    .array(
      z.object({
        mask: MaskRefSchema,
        trajectory: z.array(TrajectoryPointSchema).min(2).max(77),
      }),
    )
    .max(6)
    .default([]),
});
export type MotionBrush = z.infer<typeof MotionBrushSchema>;

export const VoiceSchema = z.object({ voiceId: textSchema(TEXT_LIMITS.name).min(1) });
export type Voice = z.infer<typeof VoiceSchema>;

export const ShotSchema = z.object({
  prompt: textSchema(TEXT_LIMITS.shotPrompt).min(1),
  /** Whole seconds. */
  duration: z.number().int().positive(),
});
export type Shot = z.infer<typeof ShotSchema>;

/**
 * Multi-shot generation. `split: "custom"` lists the shots; `split: "intelligent"` lets the model cut
 * the main prompt into shots. `multiShot: false` states "single shot" explicitly: DashScope's own
 * example sends `multi_shot:false, shot_type:"intelligence"` with a video edit, and v3-gateway sends
 * a shot type without shots, so the flag and the split are kept apart rather than implied.
 */
export const StoryboardSchema = z.object({
  multiShot: z.boolean().default(true),
  split: z.enum(["intelligent", "custom"]),
  shots: z.array(ShotSchema).default([]),
});
export type Storyboard = z.infer<typeof StoryboardSchema>;

/**
 * An element (subject) from a provider's catalogue or the app's library. Ids are 64-bit integers on
 * the providers' side: always strings here, never numbers, so they survive JSON untouched.
 * Providers that build elements inline (xcompute) use name, description and imageUrls.
 */
export const ElementRefSchema = z.object({
  id: textSchema(TEXT_LIMITS.name).min(1),
  name: textSchema(TEXT_LIMITS.name).min(1).optional(),
  description: textSchema(TEXT_LIMITS.description).optional(),
  imageUrls: z.array(MediaUrlSchema).optional(),
});
export type ElementRef = z.infer<typeof ElementRefSchema>;
