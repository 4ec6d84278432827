import type { CameraControl } from "@/lib/providers";

// Local lists: importing values from the canonical schema modules would put all of
// zod into every studio page's first load (camera.test.ts checks the lists match).
export const CAMERA_MOVES = [
  "simple",
  "down_back",
  "forward_up",
  "right_turn_forward",
  "left_turn_forward",
] as const satisfies readonly CameraControl["type"][];
export const CAMERA_AXES = [
  "horizontal",
  "vertical",
  "pan",
  "tilt",
  "roll",
  "zoom",
] as const satisfies readonly (keyof NonNullable<CameraControl["config"]>)[];
export type CameraAxis = (typeof CAMERA_AXES)[number];

/**
 * The form's camera: a preset, or one axis with its amount ("simple"); the other axes stay at zero.
 * Its draft schema (form/state-schemas.ts) is checked against this type.
 */
export type CameraState = { move: "none" | (typeof CAMERA_MOVES)[number]; axis: CameraAxis; amount: number };

export const NO_CAMERA: CameraState = { move: "none", axis: "horizontal", amount: 0 };

export function cameraToRequest(camera: CameraState): CameraControl | undefined {
  if (camera.move === "none") return undefined;
  if (camera.move !== "simple") return { type: camera.move };
  const config = Object.fromEntries(
    CAMERA_AXES.map((axis) => [axis, axis === camera.axis ? camera.amount : 0]),
  ) as Record<CameraAxis, number>;
  return { type: "simple", config };
}

export function cameraFromRequest(control: CameraControl | undefined): CameraState {
  if (!control) return NO_CAMERA;
  if (control.type !== "simple") return { ...NO_CAMERA, move: control.type };
  const axis = CAMERA_AXES.find((candidate) => control.config?.[candidate]) ?? "horizontal";
  return { move: "simple", axis, amount: Math.round(control.config?.[axis] ?? 0) };
}
