import { describe, expect, it } from "vitest";
import { CAMERA_MOVES as CANONICAL_MOVES, CameraControlSchema } from "@/lib/providers";
import { CAMERA_AXES, CAMERA_MOVES, cameraFromRequest, cameraToRequest } from "./camera";

describe("camera state", () => {
  it("lists exactly the canonical moves and axes", () => {
    expect(CAMERA_MOVES).toEqual(CANONICAL_MOVES);
    expect([...CAMERA_AXES].sort()).toEqual(Object.keys(CameraControlSchema.shape.config.unwrap().shape).sort());
  });

  it("sends one moving axis for a simple move, the others at zero", () => {
    expect(cameraToRequest({ move: "simple", axis: "zoom", amount: -4 })).toEqual({
      type: "simple",
      config: { horizontal: 0, vertical: 0, pan: 0, tilt: 0, roll: 0, zoom: -4 },
    });
    expect(cameraToRequest({ move: "down_back", axis: "zoom", amount: 5 })).toEqual({ type: "down_back" });
    expect(cameraToRequest({ move: "none", axis: "pan", amount: 2 })).toBeUndefined();
  });

  it("reads a stored request back into the form", () => {
    expect(
      cameraFromRequest({ type: "simple", config: { horizontal: 0, vertical: 0, pan: 7, tilt: 0, roll: 0, zoom: 0 } }),
    ).toEqual({ move: "simple", axis: "pan", amount: 7 });
    expect(cameraFromRequest({ type: "forward_up" })).toMatchObject({ move: "forward_up" });
  });
});
