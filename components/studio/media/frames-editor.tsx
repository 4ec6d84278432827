"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { ModeCapabilities } from "@/lib/providers";
import type { MediaItem } from "@/lib/providers";
import type { ImageRules } from "@/lib/providers";
import { checkImageFacts } from "@/lib/studio/media/image-checks";
import type { MediaFacts } from "@/lib/studio/media/media-checks";
import { errorsExactly, firstWithRole, setSingle, swapFrames, uploadErrors } from "@/lib/studio/media/media-list";
import { ErrorList } from "./check-list";
import type { MediaEditorProps } from "./types";
import { BUTTON, UploadField } from "./upload-field";

export type FramesCapabilities = { mode: Pick<ModeCapabilities, "media">; imageRules?: ImageRules };

/**
 * First frame, and a last frame when the mode has one. A last frame needs a first frame (every
 * provider), so it can only be added after one, and removing the first frame asks what becomes of it.
 * Writes `media` items with roles first_frame and last_frame; other items keep their places.
 */
export function FramesEditor({
  value,
  onChange,
  errors,
  capabilities,
  disabled,
}: MediaEditorProps<{ media: MediaItem[] }, FramesCapabilities>) {
  const t = useTranslations("media.frames");
  const [asking, setAsking] = useState(false);
  const firstOption = useRef<HTMLButtonElement>(null);
  const first = firstWithRole(value.media, "first_frame");
  const last = firstWithRole(value.media, "last_frame");
  const hasLast = Boolean(capabilities.mode.media.last_frame);
  const rules = capabilities.imageRules;
  const check = rules ? (facts: MediaFacts) => checkImageFacts(facts, rules) : undefined;

  useEffect(() => {
    if (asking) firstOption.current?.focus();
  }, [asking]);

  const setFirst = (item: MediaItem | undefined) => {
    if (!item && last) setAsking(true);
    else onChange({ media: setSingle(value.media, "first_frame", item) });
  };
  const resolve = (choice: "promote" | "both") => {
    setAsking(false);
    const withoutFirst = setSingle(value.media, "first_frame", undefined);
    onChange({
      media: choice === "promote" ? swapFrames(withoutFirst) : setSingle(withoutFirst, "last_frame", undefined),
    });
  };

  return (
    <fieldset className="space-y-4" data-field="media" disabled={disabled}>
      <legend className="mb-1 text-sm font-medium text-zinc-200">{t("legend")}</legend>
      <UploadField
        role="first_frame"
        value={first?.item}
        onChange={setFirst}
        check={check}
        errors={uploadErrors(errors, "first_frame", first)}
        disabled={disabled}
      />
      {asking && (
        <div
          role="alertdialog"
          aria-label={t("removeFirstQuestion")}
          className="rounded-md border border-amber-400/60 p-3 text-sm"
        >
          <p className="mb-2">{t("removeFirstQuestion")}</p>
          <div className="flex flex-wrap gap-2">
            <button ref={firstOption} type="button" className={BUTTON} onClick={() => resolve("promote")}>
              {t("promoteLast")}
            </button>
            <button type="button" className={BUTTON} onClick={() => resolve("both")}>
              {t("removeBoth")}
            </button>
            <button type="button" className={BUTTON} onClick={() => setAsking(false)}>
              {t("cancel")}
            </button>
          </div>
        </div>
      )}
      {hasLast && (
        <>
          <button
            type="button"
            className={BUTTON}
            disabled={disabled || !first || !last}
            onClick={() => onChange({ media: swapFrames(value.media) })}
          >
            {t("swap")}
          </button>
          <UploadField
            role="last_frame"
            value={last?.item}
            onChange={(item) => onChange({ media: setSingle(value.media, "last_frame", item) })}
            check={check}
            errors={uploadErrors(errors, "last_frame", last)}
            disabled={disabled || (!first && !last)}
            hint={first ? undefined : t("lastNeedsFirst")}
          />
        </>
      )}
      <ErrorList errors={errorsExactly(errors, "media")} />
    </fieldset>
  );
}
