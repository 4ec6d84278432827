"use client";

import { useCallback, useRef, useState } from "react";
import type { MediaItem } from "@/lib/providers";
import {
  addTrajectoryPoint,
  MAX_DYNAMIC_MASKS,
  TRAJECTORY_POINTS,
  undoTrajectoryPoint,
  type DynamicMaskDraft,
  type Point,
} from "@/lib/studio/media/motion-brush";

/** One paintable layer: the static area or a moving area with its path. `saved`: its mask as last uploaded. */
export type BrushLayer = {
  id: string;
  kind: "static" | "dynamic";
  colour: string;
  trajectory: Point[];
  painted: boolean;
  /** Painted since the last save: its mask must be uploaded again. */
  dirty: boolean;
  saved?: MediaItem;
};

const STATIC_COLOUR = "#60a5fa";
const DYNAMIC_COLOURS = ["#f87171", "#4ade80", "#facc15", "#c084fc", "#fb923c", "#2dd4bf"];

/** What a layer still needs before it can be saved: a moving area needs paint and a path of ≥ 2 points. */
export function layerProblem(layer: BrushLayer): "paintNeeded" | "pathNeeded" | undefined {
  if (layer.kind === "static") return undefined;
  if (!layer.painted && layer.trajectory.length > 0) return "paintNeeded";
  if (layer.painted && layer.trajectory.length < TRAJECTORY_POINTS.min) return "pathNeeded";
  return undefined;
}

/** The motion brush's layers and their canvases; the first layer is always the static area. */
export function useBrushLayers(initial: { staticMask?: MediaItem; dynamic: DynamicMaskDraft[] }) {
  const [layers, setLayers] = useState<BrushLayer[]>(() => [
    {
      id: "static",
      kind: "static",
      colour: STATIC_COLOUR,
      trajectory: [],
      painted: Boolean(initial.staticMask),
      dirty: false,
      saved: initial.staticMask,
    },
    ...initial.dynamic.map((draft, index) => ({
      id: `dynamic-${index}`,
      kind: "dynamic" as const,
      colour: DYNAMIC_COLOURS[index]!,
      trajectory: draft.trajectory,
      painted: true,
      dirty: false,
      saved: draft.mask,
    })),
  ]);
  const [activeId, setActiveId] = useState("static");
  const canvases = useRef(new Map<string, HTMLCanvasElement>());
  const nextId = useRef(initial.dynamic.length);
  // Anything not yet written to the request: paint, paths, added or removed layers.
  const [unsaved, setUnsaved] = useState(false);

  const update = useCallback((id: string, change: (layer: BrushLayer) => Partial<BrushLayer>) => {
    setLayers((current) => current.map((layer) => (layer.id === id ? { ...layer, ...change(layer) } : layer)));
    setUnsaved(true);
  }, []);

  const addDynamic = () => {
    const dynamic = layers.filter((layer) => layer.kind === "dynamic");
    if (dynamic.length >= MAX_DYNAMIC_MASKS) return;
    const used = new Set(dynamic.map((layer) => layer.colour));
    const id = `dynamic-${nextId.current++}`;
    const colour = DYNAMIC_COLOURS.find((candidate) => !used.has(candidate)) ?? DYNAMIC_COLOURS[0]!;
    setLayers([...layers, { id, kind: "dynamic", colour, trajectory: [], painted: false, dirty: true }]);
    setActiveId(id);
    setUnsaved(true);
  };

  return {
    layers,
    activeId,
    setActiveId,
    canvases,
    addDynamic,
    removeLayer: (id: string) => {
      setLayers(layers.filter((layer) => layer.id !== id));
      if (activeId === id) setActiveId("static");
      setUnsaved(true);
    },
    setPainted: (id: string, painted: boolean) => update(id, () => ({ painted, dirty: true })),
    addPoint: (id: string, point: Point) =>
      update(id, (layer) => ({ trajectory: addTrajectoryPoint(layer.trajectory, point) })),
    undoPoint: (id: string) => update(id, (layer) => ({ trajectory: undoTrajectoryPoint(layer.trajectory) })),
    /** Back to an empty static area and no moving areas, as after removing the brush from the request. */
    reset: () => {
      setLayers((current) =>
        current
          .filter((layer) => layer.kind === "static")
          .map((layer) => ({ ...layer, trajectory: [], painted: false, dirty: false, saved: undefined })),
      );
      setActiveId("static");
      setUnsaved(false);
    },
    markSaved: (masks: Map<string, MediaItem>) => {
      setLayers((current) => current.map((layer) => ({ ...layer, dirty: false, saved: masks.get(layer.id) })));
      setUnsaved(false);
    },
    unsaved,
  };
}
