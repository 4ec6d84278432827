"use client";

import { useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import {
  brushInCanvas,
  imageToTopLeft,
  screenToCanvas,
  screenToImage,
  type Point,
  type Size,
} from "@/lib/studio/media/motion-brush";
import { paintStroke } from "./mask-canvas";
import type { BrushLayer } from "./use-brush-layers";

export type BrushTool = "brush" | "eraser" | "path";

type BrushSurfaceProps = {
  frameUrl: string;
  label: string;
  natural: Size;
  /** Canvas size of every layer (the natural size, capped). */
  paint: Size;
  layers: BrushLayer[];
  active: BrushLayer;
  tool: BrushTool;
  /** Brush diameter in screen pixels. */
  brushSize: number;
  registerCanvas: (id: string, canvas: HTMLCanvasElement | null) => void;
  /** A stroke ended on the active layer. */
  onStroke: () => void;
  /** A path point (image pixels, bottom-left origin) for the active moving area. */
  onPoint: (point: Point) => void;
  disabled?: boolean;
};

/** Keyboard steps of the cursor, as a share of the image's width. */
const STEP = 0.01;
const FAST_STEP = 0.05;

/**
 * The first frame with one canvas per layer on top and the paths drawn in SVG. Pointer: drag to
 * paint or erase, click to add a path point. Keyboard: arrows move a cursor, Space or Enter acts at it.
 */
export function BrushSurface({
  frameUrl,
  label,
  natural,
  paint,
  layers,
  active,
  tool,
  brushSize,
  registerCanvas,
  onStroke,
  onPoint,
  disabled,
}: BrushSurfaceProps) {
  const surface = useRef<HTMLDivElement>(null);
  const last = useRef<Point | null>(null);
  // The keyboard cursor, in canvas pixels.
  const [cursor, setCursor] = useState<Point>({ x: paint.width / 2, y: paint.height / 2 });
  const [keyboard, setKeyboard] = useState(false);
  const canvasOf = () => surface.current?.querySelector<HTMLCanvasElement>(`canvas[data-layer="${active.id}"]`) ?? null;
  const box = () => surface.current!.getBoundingClientRect();
  const canvasBox = { left: 0, top: 0, ...paint };

  const stroke = (from: Point, to: Point, width: number) => {
    const canvas = canvasOf();
    if (canvas) paintStroke(canvas, { from, to, width, colour: active.colour, erase: tool === "eraser" });
  };
  const addPointAt = (canvasPoint: Point) => {
    if (active.kind === "dynamic") onPoint(screenToImage(canvasPoint, canvasBox, natural));
  };

  const onPointerDown = (event: PointerEvent) => {
    if (disabled || event.button !== 0) return;
    setKeyboard(false);
    const rect = box();
    const point = screenToCanvas({ x: event.clientX, y: event.clientY }, rect, paint);
    if (tool === "path") {
      onPoint(screenToImage({ x: event.clientX, y: event.clientY }, rect, natural));
      return;
    }
    event.currentTarget.setPointerCapture(event.pointerId);
    last.current = point;
    stroke(point, point, brushInCanvas(brushSize, rect, paint));
  };
  const onPointerMove = (event: PointerEvent) => {
    if (!last.current) return;
    const rect = box();
    const point = screenToCanvas({ x: event.clientX, y: event.clientY }, rect, paint);
    stroke(last.current, point, brushInCanvas(brushSize, rect, paint));
    last.current = point;
  };
  const onPointerUp = () => {
    if (!last.current) return;
    last.current = null;
    onStroke();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const step = (event.shiftKey ? FAST_STEP : STEP) * paint.width;
    const moves: Record<string, Point> = {
      ArrowLeft: { x: -step, y: 0 },
      ArrowRight: { x: step, y: 0 },
      ArrowUp: { x: 0, y: -step },
      ArrowDown: { x: 0, y: step },
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      setKeyboard(true);
      const next = {
        x: Math.min(paint.width, Math.max(0, cursor.x + move.x)),
        y: Math.min(paint.height, Math.max(0, cursor.y + move.y)),
      };
      // Holding the brush down while moving paints a line, like a drag.
      if (event.altKey && tool !== "path") stroke(cursor, next, brushInCanvas(brushSize, box(), paint));
      setCursor(next);
    } else if ((event.key === " " || event.key === "Enter") && !disabled) {
      event.preventDefault();
      setKeyboard(true);
      if (tool === "path") addPointAt(cursor);
      else {
        stroke(cursor, cursor, brushInCanvas(brushSize, box(), paint));
        onStroke();
      }
    }
  };

  const cursorInImage = imageToTopLeft(screenToImage(cursor, canvasBox, natural), natural);
  // Path dots scale with the image, about as large as a thin brush whatever its resolution.
  const dot = Math.max(natural.width, natural.height) / 200;
  return (
    <div
      ref={surface}
      role="application"
      aria-label={label}
      tabIndex={disabled ? -1 : 0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
      className={`relative w-full touch-none select-none overflow-hidden rounded-md ${tool === "path" ? "cursor-crosshair" : "cursor-cell"}`}
    >
      {/* The layers and paths are sized from the image, so box coordinates are image coordinates. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={frameUrl} alt="" draggable={false} className="block h-auto w-full" />
      {layers.map((layer) => (
        <canvas
          key={layer.id}
          data-layer={layer.id}
          ref={(canvas) => {
            registerCanvas(layer.id, canvas);
          }}
          width={paint.width}
          height={paint.height}
          className={`pointer-events-none absolute inset-0 h-full w-full ${layer.id === active.id ? "opacity-60" : "opacity-35"}`}
        />
      ))}
      <svg
        viewBox={`0 0 ${natural.width} ${natural.height}`}
        preserveAspectRatio="none"
        className="pointer-events-none absolute inset-0 h-full w-full"
        aria-hidden
      >
        {layers
          .filter((layer) => layer.kind === "dynamic" && layer.trajectory.length > 0)
          .map((layer) => {
            const points = layer.trajectory.map((point) => imageToTopLeft(point, natural));
            return (
              <g key={layer.id} stroke={layer.colour} fill={layer.colour}>
                <polyline
                  points={points.map(({ x, y }) => `${x},${y}`).join(" ")}
                  fill="none"
                  strokeWidth={3}
                  vectorEffect="non-scaling-stroke"
                />
                {points.map(({ x, y }, index) => (
                  <circle key={index} cx={x} cy={y} r={(index === 0 ? 1.5 : 1) * dot} />
                ))}
              </g>
            );
          })}
        {keyboard && (
          <circle
            cx={cursorInImage.x}
            cy={cursorInImage.y}
            r={2 * dot}
            fill="none"
            stroke="white"
            strokeWidth={2}
            vectorEffect="non-scaling-stroke"
          />
        )}
      </svg>
    </div>
  );
}
