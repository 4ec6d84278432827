"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ImageRules, MediaItem } from "@/lib/providers";
import type { ActionResult } from "@/lib/actions/result";
import { checkImageFacts } from "@/lib/studio/media/image-checks";
import type { MediaFacts } from "@/lib/studio/media/media-checks";
import { mediaItemFromUpload } from "@/lib/studio/media/upload-item";
import type { UploadedAsset } from "@/lib/studio/media/upload-result";
import { ErrorList } from "@/components/studio/media/check-list";
import { BUTTON, UploadField } from "@/components/studio/media/upload-field";

export type Frame = { generationId: string; previewUrl: string; prompt: string };
export type FrameOf = (input: { generationId: string }) => Promise<ActionResult<UploadedAsset>>;

type ElementImagesProps = {
  frontal: MediaItem | undefined;
  refers: MediaItem[];
  onFrontal: (item: MediaItem | undefined) => void;
  onRefers: (items: MediaItem[]) => void;
  /** The most reference images the form takes (the studio's limit; providers may take fewer). */
  maxRefers: number;
  imageRules: ImageRules[];
  errors: { frontal: string[]; refers: string[]; refer: (index: number) => string[] };
  frames: Frame[];
  frameOf: FrameOf;
  disabled?: boolean;
};

/** The element's frontal image and its reference images: drop, choose, paste, or take a generation's frame. */
export function ElementImages(props: ElementImagesProps) {
  const t = useTranslations("elements.form");
  const { frontal, refers, onFrontal, onRefers, imageRules, errors, disabled } = props;
  const check = (facts: MediaFacts) => {
    const seen = new Set<string>();
    return imageRules
      .flatMap((rules) => checkImageFacts(facts, rules))
      .filter((problem) => !seen.has(problem.rule) && Boolean(seen.add(problem.rule)));
  };
  const setRefer = (index: number, item: MediaItem | undefined) =>
    onRefers(item ? refers.map((old, at) => (at === index ? item : old)) : refers.filter((_, at) => at !== index));
  const addFrame = (item: MediaItem) => (frontal ? onRefers([...refers, { ...item, role: "refer" }]) : onFrontal(item));

  return (
    <div className="space-y-4">
      <UploadField
        role="first_frame"
        label={t("frontal")}
        hint={t("frontalHint")}
        value={frontal}
        onChange={onFrontal}
        check={check}
        errors={errors.frontal}
        disabled={disabled}
      />
      <fieldset className="space-y-3" data-field="referImageUrls">
        <legend className="text-sm font-medium text-zinc-200">{t("refers")}</legend>
        <p className="text-xs text-zinc-500">{t("refersHint")}</p>
        {refers.map((item, index) => (
          <UploadField
            key={`${item.url}-${index}`}
            role="refer"
            label={t("refer", { n: index + 1 })}
            value={item}
            onChange={(next) => setRefer(index, next)}
            check={check}
            errors={errors.refer(index)}
            disabled={disabled}
          />
        ))}
        {refers.length < props.maxRefers && (
          <UploadField
            key={`new-${refers.length}`}
            role="refer"
            label={t("addRefer")}
            value={undefined}
            onChange={(item) => item && onRefers([...refers, item])}
            check={check}
            disabled={disabled}
          />
        )}
        <ErrorList errors={errors.refers} />
      </fieldset>
      <FramePicker frames={props.frames} frameOf={props.frameOf} onFrame={addFrame} disabled={disabled} />
    </div>
  );
}

/** Recent generations' frames: one click copies the frame into the studio as an element image. */
function FramePicker({
  frames,
  frameOf,
  onFrame,
  disabled,
}: {
  frames: Frame[];
  frameOf: FrameOf;
  onFrame: (item: MediaItem) => void;
  disabled?: boolean;
}) {
  const t = useTranslations("elements.form");
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (frames.length === 0) return null;
  const take = async (generationId: string) => {
    setBusy(generationId);
    const outcome = await frameOf({ generationId });
    setBusy(null);
    if (outcome.ok) {
      setError(null);
      onFrame(mediaItemFromUpload(outcome.data, "first_frame"));
    } else setError(outcome.error.message);
  };
  return (
    <details className="rounded-md border border-zinc-800 p-3">
      <summary className="cursor-pointer text-sm text-zinc-300">{t("fromGeneration")}</summary>
      <p className="mt-2 text-xs text-zinc-500">{t("fromGenerationHint")}</p>
      <ul className="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-6">
        {frames.map((frame) => (
          <li key={frame.generationId}>
            <button
              type="button"
              className={`${BUTTON} w-full p-0.5`}
              disabled={disabled || busy !== null}
              onClick={() => void take(frame.generationId)}
              aria-label={t("useFrame", { prompt: frame.prompt })}
            >
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={frame.previewUrl} alt="" className="aspect-video w-full rounded object-cover" />
            </button>
          </li>
        ))}
      </ul>
      {busy && <p className="mt-1 text-xs text-zinc-400">{t("copyingFrame")}</p>}
      {error && <p className="mt-1 text-sm text-red-400">{error}</p>}
    </details>
  );
}
