"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { ModelCapabilities } from "@/lib/providers";
import type { MotionBrush } from "@/lib/providers";
import type { MediaItem } from "@/lib/providers";
import { errorsAt, firstWithRole, withRole } from "@/lib/studio/media/media-list";
import {
  isPainted,
  masksOf,
  MAX_DYNAMIC_MASKS,
  paintingSize,
  TRAJECTORY_POINTS,
  withMotionBrush,
  type Size,
} from "@/lib/studio/media/motion-brush";
import { mediaItemFromUpload, previewUrlOf } from "@/lib/studio/media/upload-item";
import { ChoiceGroup } from "../form/choice-group";
import { BrushSurface, type BrushTool } from "./brush-surface";
import { ErrorList } from "./check-list";
import { clearCanvas, exportMask, layerPixels, loadMask } from "./mask-canvas";
import type { MediaEditorProps } from "./types";
import { BUTTON } from "./upload-field";
import { uploadFile } from "./upload-request";
import { layerProblem, useBrushLayers } from "./use-brush-layers";

export type MotionBrushValue = { media: MediaItem[]; motionBrush?: MotionBrush };
export type MotionBrushCapabilities = Pick<ModelCapabilities, "motionBrush">;

/**
 * Paint a static area and up to 6 moving areas on the first frame, and draw each moving area's path.
 * Saving exports every changed layer as a black-and-white PNG at the frame's size, uploads it, and
 * writes the masks as `media` items (role "mask") that `motionBrush` points at by index.
 */
export function MotionBrushEditor(props: MediaEditorProps<MotionBrushValue, MotionBrushCapabilities>) {
  const t = useTranslations("media.motionBrush");
  if (!props.capabilities.motionBrush) return null;
  const frame = firstWithRole(props.value.media, "first_frame")?.item;
  if (!frame) return <p className="text-sm text-zinc-500">{t("needsFrame")}</p>;
  // Masks belong to one frame (its aspect ratio and size): a new frame starts a fresh canvas.
  return <MotionBrushPanel key={frame.url} {...props} frame={frame} />;
}

/** Waits for the frame's natural size: from its upload metadata, else from loading the image. */
function MotionBrushPanel({
  value,
  onChange,
  errors,
  disabled,
  frame,
}: MediaEditorProps<MotionBrushValue, MotionBrushCapabilities> & { frame: MediaItem }) {
  const frameUrl = previewUrlOf(frame.url);
  const { width, height } = frame.metadata ?? {};
  const [measured, setMeasured] = useState<Size | undefined>();
  const natural = width && height ? { width, height } : measured;
  const sizeKnown = Boolean(width && height);

  useEffect(() => {
    if (sizeKnown) return;
    const image = new Image();
    image.onload = () => setMeasured({ width: image.naturalWidth, height: image.naturalHeight });
    image.src = frameUrl;
  }, [sizeKnown, frameUrl]);

  if (!natural) return null;
  return (
    <BrushWorkspace
      value={value}
      onChange={onChange}
      errors={errors}
      disabled={disabled}
      frameUrl={frameUrl}
      natural={natural}
    />
  );
}

type WorkspaceProps = Pick<
  MediaEditorProps<MotionBrushValue, unknown>,
  "value" | "onChange" | "errors" | "disabled"
> & { frameUrl: string; natural: Size };

function BrushWorkspace({ value, onChange, errors, disabled, frameUrl, natural }: WorkspaceProps) {
  const t = useTranslations("media.motionBrush");
  const paint = paintingSize(natural);
  const brush = useBrushLayers(masksOf(value.media, value.motionBrush));
  const [tool, setTool] = useState<BrushTool>("brush");
  const [size, setSize] = useState(24);
  const [status, setStatus] = useState<"idle" | "saving" | "saved" | "failed" | "loadFailed">("idle");
  const loaded = useRef(false);
  const active = brush.layers.find((layer) => layer.id === brush.activeId) ?? brush.layers[0]!;
  const problems = brush.layers.map(layerProblem);
  const effectiveTool = active.kind === "static" && tool === "path" ? "brush" : tool;

  // A remixed request's masks are drawn back into their layers once the canvases exist.
  useEffect(() => {
    if (loaded.current) return;
    loaded.current = true;
    const jobs = brush.layers.flatMap((layer) => {
      const canvas = brush.canvases.current.get(layer.id);
      return layer.saved && canvas ? [loadMask(canvas, previewUrlOf(layer.saved.url), layer.colour)] : [];
    });
    Promise.all(jobs).catch(() => setStatus("loadFailed"));
  }, [brush.layers, brush.canvases]);

  const canvasOf = (id: string) => brush.canvases.current.get(id);
  const save = async () => {
    setStatus("saving");
    try {
      const masks = new Map<string, MediaItem>();
      for (const layer of brush.layers) {
        const canvas = canvasOf(layer.id);
        if (!layer.painted || !canvas || layerProblem(layer)) continue;
        masks.set(
          layer.id,
          layer.dirty || !layer.saved
            ? mediaItemFromUpload(await uploadFile(await exportMask(canvas, natural)), "mask")
            : layer.saved,
        );
      }
      const dynamic = brush.layers.flatMap((layer) => {
        const mask = masks.get(layer.id);
        return layer.kind === "dynamic" && mask ? [{ mask, trajectory: layer.trajectory }] : [];
      });
      onChange(withMotionBrush(value.media, { staticMask: masks.get("static"), dynamic }));
      brush.markSaved(masks);
      setStatus("saved");
    } catch {
      setStatus("failed");
    }
  };
  const removeAll = () => {
    const staticCanvas = canvasOf("static");
    if (staticCanvas) clearCanvas(staticCanvas);
    brush.reset();
    onChange(withMotionBrush(value.media, { dynamic: [] }));
    setStatus("idle");
  };

  const dynamicCount = brush.layers.filter((layer) => layer.kind === "dynamic").length;
  const maskErrors = withRole(value.media, "mask").flatMap(({ index }) => errorsAt(errors, `media[${index}]`));
  return (
    <fieldset className="space-y-3" data-field="motionBrush" disabled={disabled}>
      <legend className="mb-1 text-sm font-medium text-zinc-200">{t("legend")}</legend>
      <div className="grid gap-4 lg:grid-cols-[1fr_16rem]">
        <BrushSurface
          frameUrl={frameUrl}
          label={t("canvas")}
          natural={natural}
          paint={paint}
          layers={brush.layers}
          active={active}
          tool={effectiveTool}
          brushSize={size}
          registerCanvas={(id, canvas) => {
            if (canvas) brush.canvases.current.set(id, canvas);
            else brush.canvases.current.delete(id);
          }}
          onStroke={() => {
            const canvas = canvasOf(active.id);
            brush.setPainted(active.id, canvas ? isPainted(layerPixels(canvas)) : false);
          }}
          onPoint={(point) => brush.addPoint(active.id, point)}
          disabled={disabled}
        />
        <div className="space-y-4">
          <ChoiceGroup
            name="motionBrushLayer"
            legend={t("layers")}
            layout="column"
            value={active.id}
            onChange={brush.setActiveId}
            options={brush.layers.map((layer, index) => ({
              value: layer.id,
              label: (
                <span className="flex items-center gap-2">
                  <span aria-hidden className="size-3 rounded-full" style={{ background: layer.colour }} />
                  {layer.kind === "static" ? t("staticLayer") : t("dynamicLayer", { n: index })}
                </span>
              ),
              description: problems[index] ? t(problems[index]!, { min: TRAJECTORY_POINTS.min }) : undefined,
            }))}
          />
          <button
            type="button"
            className={BUTTON}
            disabled={dynamicCount >= MAX_DYNAMIC_MASKS}
            onClick={brush.addDynamic}
          >
            {t("addDynamic")}
          </button>
          <ChoiceGroup
            name="motionBrushTool"
            legend={t("tools")}
            value={effectiveTool}
            onChange={setTool}
            options={(["brush", "eraser", "path"] as const).map((choice) => ({
              value: choice,
              label: t(choice),
              disabled: choice === "path" && active.kind === "static",
            }))}
          />
          <label className="block text-sm">
            <span className="mb-1 flex justify-between text-zinc-400">
              {t("size")} <output className="tabular-nums text-zinc-200">{size}</output>
            </span>
            <input
              type="range"
              min={4}
              max={96}
              step={2}
              value={size}
              onChange={(event) => setSize(Number(event.target.value))}
              className="w-full accent-(--color-accent)"
            />
          </label>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={BUTTON}
              onClick={() => {
                const canvas = canvasOf(active.id);
                if (canvas) clearCanvas(canvas);
                brush.setPainted(active.id, false);
              }}
            >
              {t("clear")}
            </button>
            {active.kind === "dynamic" && (
              <>
                <button
                  type="button"
                  className={BUTTON}
                  disabled={active.trajectory.length === 0}
                  onClick={() => brush.undoPoint(active.id)}
                >
                  {t("undoPoint")}
                </button>
                <button type="button" className={BUTTON} onClick={() => brush.removeLayer(active.id)}>
                  {t("removeLayer")}
                </button>
              </>
            )}
          </div>
          {active.kind === "dynamic" && (
            <p className="text-xs tabular-nums text-zinc-400" aria-live="polite">
              {t("points", { count: active.trajectory.length, ...TRAJECTORY_POINTS })}
            </p>
          )}
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-zinc-950 hover:bg-accent-strong disabled:opacity-50"
          disabled={disabled || status === "saving" || !brush.unsaved || problems.some(Boolean)}
          onClick={save}
        >
          {status === "saving" ? t("saving") : t("save")}
        </button>
        {value.motionBrush && (
          <button type="button" className={BUTTON} onClick={removeAll}>
            {t("removeAll")}
          </button>
        )}
        <p aria-live="polite" className="text-sm text-zinc-400">
          {status === "failed" ? (
            <span className="text-red-400">{t("saveFailed")}</span>
          ) : status === "loadFailed" ? (
            t("loadFailed")
          ) : brush.unsaved ? (
            t("unsaved")
          ) : status === "saved" ? (
            t("saved")
          ) : null}
        </p>
      </div>
      <ErrorList errors={[...errorsAt(errors, "motionBrush"), ...maskErrors]} />
    </fieldset>
  );
}
