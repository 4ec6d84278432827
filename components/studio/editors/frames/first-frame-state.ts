import * as z from "zod/mini";
import { CameraStateSchema } from "../../fields/camera";
import { MediaItemStateSchema, MotionBrushStateSchema, VoiceStateSchema } from "../media-state";

/** What the first-frame editor holds between renders (and in drafts). */
export const FirstFrameStateSchema = z.object({
  prompt: z.string(),
  negativePrompt: z.string(),
  guide: z.enum(["prompt", "camera", "brush"]),
  camera: CameraStateSchema,
  media: z.array(MediaItemStateSchema),
  motionBrush: z.optional(MotionBrushStateSchema),
  voices: z.array(VoiceStateSchema),
});
export type FirstFrameState = z.infer<typeof FirstFrameStateSchema>;
