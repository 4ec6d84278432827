import type { ModelContext } from "@/lib/studio/types";

/**
 * How a first frame's motion is steered beyond the prompt. Camera control and the motion brush
 * exclude each other (Kling), so the form offers one choice instead of two controls that clash.
 */
export type MotionGuide = "prompt" | "camera" | "brush";

export function motionGuides({ model, modeCaps }: ModelContext): MotionGuide[] {
  return [
    "prompt",
    ...(model.cameraControl ? (["camera"] as const) : []),
    ...(model.motionBrush && modeCaps.media.mask ? (["brush"] as const) : []),
  ];
}

/** Voices are offered where the model has them and the mode can have sound. */
export const offersVoices = ({ model, modeCaps }: ModelContext) =>
  Boolean(model.voices) && modeCaps.audio !== "forbidden";
