import type { MotionBrush } from "@/lib/providers";
import type { MediaItem } from "@/lib/providers";

// Kling's motion brush (the Kling gateway's API reference): a static mask and up to 6 dynamic masks, each with a trajectory
// of 2–77 points in the first frame's pixels, origin at the image's bottom-left. Masks must have the
// image's aspect ratio and all the same resolution, so they are exported at the image's own size.

export const MAX_DYNAMIC_MASKS = 6;
export const TRAJECTORY_POINTS = { min: 2, max: 77 } as const;

export type Size = { width: number; height: number };
export type Point = { x: number; y: number };
/** Where the image is drawn on screen (getBoundingClientRect of the <img>). */
export type Box = { left: number; top: number; width: number; height: number };

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * A pointer position (CSS pixels, like clientX/clientY) → the image pixel under it, origin at the
 * bottom-left as the API wants. Whole pixels (the pixel the pointer is in), clamped into the image
 * so a click on the border is still a valid point.
 */
export function screenToImage(pointer: Point, box: Box, natural: Size): Point {
  const column = Math.floor(((pointer.x - box.left) / box.width) * natural.width);
  const rowFromTop = Math.floor(((pointer.y - box.top) / box.height) * natural.height);
  return {
    x: clamp(column, 0, natural.width - 1),
    y: clamp(natural.height - 1 - rowFromTop, 0, natural.height - 1),
  };
}

/** An image point (bottom-left origin) → the centre of its pixel in an SVG/canvas with a top-left origin and the image's size. */
export function imageToTopLeft(point: Point, natural: Size): Point {
  return { x: point.x + 0.5, y: natural.height - 1 - point.y + 0.5 };
}

/**
 * The size masks are painted at: the image's own size, scaled down when very large so a few canvas
 * layers stay light in memory. Export scales back up to the natural size.
 */
export function paintingSize(natural: Size, maxSide = 2048): Size {
  const scale = Math.min(1, maxSide / Math.max(natural.width, natural.height));
  return {
    width: Math.max(1, Math.round(natural.width * scale)),
    height: Math.max(1, Math.round(natural.height * scale)),
  };
}

/** A pointer position → painting-canvas coordinates (top-left origin, not rounded: strokes are drawn smoothly). */
export function screenToCanvas(pointer: Point, box: Box, canvas: Size): Point {
  return {
    x: clamp(((pointer.x - box.left) / box.width) * canvas.width, 0, canvas.width),
    y: clamp(((pointer.y - box.top) / box.height) * canvas.height, 0, canvas.height),
  };
}

/** The brush diameter, chosen in screen pixels, in canvas pixels: the brush looks the same size at any zoom. */
export function brushInCanvas(diameterCss: number, box: Box, canvas: Size): number {
  return (diameterCss * canvas.width) / box.width;
}

/**
 * A painted layer (RGBA, painted where alpha is set) → the mask the provider reads: opaque white where
 * painted, opaque black elsewhere. Opaque, because some providers refuse images with transparency.
 */
export function layerToMask(rgba: Uint8ClampedArray, threshold = 128): Uint8ClampedArray {
  const mask = new Uint8ClampedArray(rgba.length);
  for (let offset = 0; offset < rgba.length; offset += 4) {
    const value = rgba[offset + 3]! >= threshold ? 255 : 0;
    mask[offset] = value;
    mask[offset + 1] = value;
    mask[offset + 2] = value;
    mask[offset + 3] = 255;
  }
  return mask;
}

/** Whether anything is painted on a layer (an empty mask is not sent). */
export function isPainted(rgba: Uint8ClampedArray, threshold = 128): boolean {
  for (let offset = 3; offset < rgba.length; offset += 4) if (rgba[offset]! >= threshold) return true;
  return false;
}

export function addTrajectoryPoint(trajectory: readonly Point[], point: Point): Point[] {
  return trajectory.length >= TRAJECTORY_POINTS.max ? [...trajectory] : [...trajectory, point];
}

export function undoTrajectoryPoint(trajectory: readonly Point[]): Point[] {
  return trajectory.slice(0, -1);
}

/** A dynamic mask as the editor holds it: the uploaded mask image and its path. */
export type DynamicMaskDraft = { mask: MediaItem; trajectory: Point[] };

/**
 * The request's media and motion brush for a set of masks: earlier mask items are dropped, the new ones
 * appended after the other media, and the brush points at them by index. Every mask in media is
 * referenced, which the canonical schema requires ("mask_unused").
 */
export function withMotionBrush(
  media: readonly MediaItem[],
  masks: { staticMask?: MediaItem; dynamic: readonly DynamicMaskDraft[] },
): { media: MediaItem[]; motionBrush: MotionBrush | undefined } {
  const kept = media.filter((item) => item.role !== "mask");
  if (!masks.staticMask && masks.dynamic.length === 0) return { media: kept, motionBrush: undefined };
  const next = [...kept];
  const append = (item: MediaItem) => next.push({ ...item, role: "mask" }) - 1;
  const staticMask = masks.staticMask ? append(masks.staticMask) : undefined;
  const dynamicMasks = masks.dynamic.map((draft) => ({
    mask: append(draft.mask),
    trajectory: draft.trajectory.map(({ x, y }) => ({ x, y })),
  }));
  return { media: next, motionBrush: { ...(staticMask === undefined ? {} : { staticMask }), dynamicMasks } };
}

/** The editor's masks read back from a request (Remix): the items the brush points at. */
export function masksOf(
  media: readonly MediaItem[],
  brush: MotionBrush | undefined,
): { staticMask?: MediaItem; dynamic: DynamicMaskDraft[] } {
  const staticMask = brush?.staticMask === undefined ? undefined : media[brush.staticMask];
  const dynamic = (brush?.dynamicMasks ?? []).flatMap((entry) => {
    const mask = media[entry.mask];
    return mask ? [{ mask, trajectory: entry.trajectory.map(({ x, y }) => ({ x, y })) }] : [];
  });
  return { ...(staticMask ? { staticMask } : {}), dynamic };
}
