import { describe, expect, it } from "vitest";
import type { MediaItem } from "@/lib/providers";
import {
  addTrajectoryPoint,
  brushInCanvas,
  imageToTopLeft,
  isPainted,
  layerToMask,
  masksOf,
  paintingSize,
  screenToCanvas,
  screenToImage,
  TRAJECTORY_POINTS,
  undoTrajectoryPoint,
  withMotionBrush,
} from "./motion-brush";

const natural = { width: 1920, height: 1080 };
// The image drawn at half size, 100 px from the left and 50 px from the top of the viewport.
const box = { left: 100, top: 50, width: 960, height: 540 };

describe("screenToImage", () => {
  it("puts the origin at the image's bottom-left pixel", () => {
    expect(screenToImage({ x: 100, y: 50 + 539.9 }, box, natural)).toEqual({ x: 0, y: 0 });
    expect(screenToImage({ x: 100, y: 50 }, box, natural)).toEqual({ x: 0, y: 1079 });
    expect(screenToImage({ x: 100 + 959.9, y: 50 }, box, natural)).toEqual({ x: 1919, y: 1079 });
  });

  it("scales from screen to image pixels and rounds to the pixel under the pointer", () => {
    expect(screenToImage({ x: 100 + 480, y: 50 + 270 }, box, natural)).toEqual({ x: 960, y: 539 });
    expect(screenToImage({ x: 100 + 10.3, y: 50 + 10.3 }, box, natural)).toEqual({ x: 20, y: 1059 });
  });

  it("clamps points outside the image onto its border", () => {
    expect(screenToImage({ x: 0, y: 1000 }, box, natural)).toEqual({ x: 0, y: 0 });
    expect(screenToImage({ x: 5000, y: -20 }, box, natural)).toEqual({ x: 1919, y: 1079 });
  });

  it("round-trips through the top-left drawing coordinates", () => {
    const point = screenToImage({ x: 300, y: 200 }, box, natural);
    const drawn = imageToTopLeft(point, natural);
    expect(
      screenToImage(
        { x: box.left + (drawn.x * box.width) / natural.width, y: box.top + (drawn.y * box.height) / natural.height },
        box,
        natural,
      ),
    ).toEqual(point);
  });
});

describe("painting canvas", () => {
  it("paints at the natural size up to a limit, keeping the aspect ratio", () => {
    expect(paintingSize(natural)).toEqual(natural);
    expect(paintingSize({ width: 4000, height: 3000 })).toEqual({ width: 2048, height: 1536 });
    expect(paintingSize({ width: 1000, height: 8000 }, 2000)).toEqual({ width: 250, height: 2000 });
  });

  it("maps the pointer and brush size into canvas pixels", () => {
    const canvas = { width: 1920, height: 1080 };
    expect(screenToCanvas({ x: 100 + 480, y: 50 + 270 }, box, canvas)).toEqual({ x: 960, y: 540 });
    expect(screenToCanvas({ x: -5, y: 9999 }, box, canvas)).toEqual({ x: 0, y: 1080 });
    expect(brushInCanvas(20, box, canvas)).toBe(40);
  });
});

describe("mask export", () => {
  it("turns painted pixels white and the rest black, all opaque", () => {
    const layer = new Uint8ClampedArray([255, 0, 0, 255, 0, 0, 0, 0, 10, 20, 30, 127, 1, 2, 3, 128]);
    expect([...layerToMask(layer)]).toEqual([255, 255, 255, 255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255, 255]);
  });

  it("knows an empty layer", () => {
    expect(isPainted(new Uint8ClampedArray(16))).toBe(false);
    expect(isPainted(new Uint8ClampedArray([0, 0, 0, 0, 0, 0, 0, 200]))).toBe(true);
  });
});

describe("trajectory", () => {
  it("takes at most 77 points and undoes the last", () => {
    let path: { x: number; y: number }[] = [];
    for (let i = 0; i < 80; i++) path = addTrajectoryPoint(path, { x: i, y: i });
    expect(path).toHaveLength(TRAJECTORY_POINTS.max);
    expect(undoTrajectoryPoint(path)).toHaveLength(76);
    expect(undoTrajectoryPoint([])).toEqual([]);
  });
});

describe("withMotionBrush", () => {
  const frame: MediaItem = { role: "first_frame", url: "https://example.com/f.png" };
  const mask = (name: string): MediaItem => ({
    role: "mask",
    url: `https://example.com/${name}.png`,
    metadata: { width: 1920, height: 1080 },
  });
  const path = [
    { x: 1, y: 2 },
    { x: 3, y: 4 },
  ];

  it("appends the masks after the other media and points at them by index", () => {
    const result = withMotionBrush([frame, mask("old")], {
      staticMask: mask("s"),
      dynamic: [
        { mask: mask("d1"), trajectory: path },
        { mask: mask("d2"), trajectory: path },
      ],
    });
    expect(result.media.map((item) => item.url.split("/").pop())).toEqual(["f.png", "s.png", "d1.png", "d2.png"]);
    expect(result.motionBrush).toEqual({
      staticMask: 1,
      dynamicMasks: [
        { mask: 2, trajectory: path },
        { mask: 3, trajectory: path },
      ],
    });
  });

  it("leaves out the static mask when there is none, and the brush when there are no masks", () => {
    expect(withMotionBrush([frame], { dynamic: [{ mask: mask("d"), trajectory: path }] }).motionBrush).toEqual({
      dynamicMasks: [{ mask: 1, trajectory: path }],
    });
    expect(withMotionBrush([frame, mask("old")], { dynamic: [] })).toEqual({ media: [frame], motionBrush: undefined });
  });

  it("reads the masks back from a request", () => {
    const built = withMotionBrush([frame], { staticMask: mask("s"), dynamic: [{ mask: mask("d"), trajectory: path }] });
    expect(masksOf(built.media, built.motionBrush)).toEqual({
      staticMask: mask("s"),
      dynamic: [{ mask: mask("d"), trajectory: path }],
    });
    expect(masksOf([frame], undefined)).toEqual({ dynamic: [] });
  });
});
