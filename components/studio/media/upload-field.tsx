"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId, useRef, useState, type ClipboardEvent, type DragEvent, type ReactNode } from "react";
import type { MediaItem, MediaRole } from "@/lib/providers";
import { MEDIA_ROLE_KIND } from "@/lib/providers/browser";
import type { MediaCheck, MediaFacts } from "@/lib/studio/media/media-checks";
import { previewUrlOf } from "@/lib/studio/media/upload-item";
import { acceptedFormatNames, acceptedTypes } from "@/lib/studio/media/upload-type";
import { CheckList, ErrorList } from "./check-list";
import { MediaPreview } from "./media-preview";
import { useUpload } from "./use-upload";

export const BUTTON =
  "rounded-md border border-zinc-700 px-2.5 py-1 text-sm hover:border-zinc-500 disabled:cursor-not-allowed disabled:opacity-50";

export type UploadFieldProps = {
  role: MediaRole;
  /** Defaults to the role's name. */
  label?: string;
  value: MediaItem | undefined;
  onChange: (next: MediaItem | undefined) => void;
  /** The provider's rules for this role; run on the browser's measurements before upload and the server's after. */
  check?: (facts: MediaFacts) => MediaCheck[];
  /** The form's violations for this item, as sentences. */
  errors?: readonly string[];
  disabled?: boolean;
  hint?: ReactNode;
  /** Controls that belong to the item (e.g. keep original sound), shown under its preview. */
  children?: ReactNode;
};

/** One image or video: drop, choose or paste a file; it is measured, checked, uploaded, and becomes `asset:<id>`. */
export function UploadField({
  role,
  label,
  value,
  onChange,
  check,
  errors = [],
  disabled,
  hint,
  children,
}: UploadFieldProps) {
  const t = useTranslations("media");
  const format = useFormatter();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const { state, start, uploadAnyway, retry, cancel } = useUpload({ role, check, onUploaded: onChange });
  const kind = MEDIA_ROLE_KIND[role];
  const types = acceptedTypes(kind);
  const name = label ?? t(`roles.${role}`);
  const busy = state.status === "measuring" || state.status === "uploading";
  const itemChecks = value?.metadata && check ? check(value.metadata) : [];

  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file && !disabled) void start(file);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    take(event.dataTransfer.files);
  };
  const onPaste = (event: ClipboardEvent) => {
    if (event.clipboardData.files.length === 0) return;
    event.preventDefault();
    take(event.clipboardData.files);
  };

  const localPreview = state.status === "idle" ? undefined : state.previewUrl;
  return (
    <div
      role="group"
      aria-labelledby={`${id}-label`}
      aria-describedby={`${id}-status`}
      data-media-role={role}
      className="space-y-1"
    >
      <p id={`${id}-label`} className="text-sm font-medium text-zinc-200">
        {name}
      </p>
      {hint && <p className="text-xs text-zinc-500">{hint}</p>}
      <div
        onDragOver={(event) => {
          event.preventDefault();
          if (!disabled) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        onPaste={onPaste}
        className={`flex flex-wrap items-center gap-3 rounded-md border border-dashed p-3 ${dragging ? "border-accent bg-accent/10" : errors.length || itemChecks.length ? "border-red-500" : "border-zinc-700"}`}
      >
        {(localPreview || value) && (
          <MediaPreview
            kind={kind}
            src={localPreview ?? previewUrlOf(value!.url)}
            alt={t("upload.preview", { role: name })}
            metadata={localPreview ? undefined : value?.metadata}
          />
        )}
        <div className="flex min-w-0 flex-1 flex-col gap-2">
          <p className="text-xs text-zinc-500">
            {dragging ? t("upload.dropNow") : t("upload.dropHint")}{" "}
            {t("upload.accepts", { types: format.list(acceptedFormatNames(kind), { type: "disjunction" }) })}
          </p>
          <div className="flex flex-wrap gap-2">
            {/* Paste lands on the focused button and bubbles to the drop zone. */}
            <button
              type="button"
              className={BUTTON}
              disabled={disabled || busy}
              onClick={() => input.current?.click()}
              aria-invalid={errors.length > 0 || undefined}
              aria-describedby={errors.length ? `${id}-status ${id}-errors` : `${id}-status`}
            >
              {value ? t("upload.replace") : t("upload.choose")}
            </button>
            {value && (
              <button type="button" className={BUTTON} disabled={disabled || busy} onClick={() => onChange(undefined)}>
                {t("upload.remove")}
              </button>
            )}
          </div>
          <input
            ref={input}
            type="file"
            hidden
            accept={types.join(",")}
            onChange={(event) => {
              take(event.target.files);
              event.target.value = "";
            }}
          />
        </div>
      </div>
      <div id={`${id}-status`} aria-live="polite" className="text-sm">
        <UploadStatus state={state} onUploadAnyway={uploadAnyway} onRetry={retry} onCancel={cancel} />
      </div>
      {state.status === "idle" && <CheckList checks={itemChecks} />}
      <ErrorList id={`${id}-errors`} errors={errors} />
      {value && children}
    </div>
  );
}

function UploadStatus({
  state,
  onUploadAnyway,
  onRetry,
  onCancel,
}: {
  state: ReturnType<typeof useUpload>["state"];
  onUploadAnyway: () => void;
  onRetry: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations("media");
  switch (state.status) {
    case "idle":
      return null;
    case "measuring":
      return <p className="text-zinc-400">{t("upload.measuring")}</p>;
    case "uploading":
      return (
        <div className="flex items-center gap-2 text-zinc-400">
          <progress
            className="h-2 w-40 accent-(--color-accent)"
            {...(state.progress === null ? {} : { value: state.progress, max: 1 })}
          />
          <span>
            {state.progress === null
              ? t("upload.uploading")
              : t("upload.progress", { percent: Math.round(state.progress * 100) })}
          </span>
          <button type="button" className={BUTTON} onClick={onCancel}>
            {t("upload.cancel")}
          </button>
        </div>
      );
    case "checked":
      return (
        <div>
          <CheckList checks={state.checks} title={t("upload.checksTitle")} />
          <div className="mt-1 flex gap-2">
            {!state.blocking && (
              <button type="button" className={BUTTON} onClick={onUploadAnyway}>
                {t("upload.uploadAnyway")}
              </button>
            )}
            <button type="button" className={BUTTON} onClick={onCancel}>
              {t("upload.cancel")}
            </button>
          </div>
        </div>
      );
    case "refused":
      return (
        <p className="text-red-400" role="alert" data-rule={state.rule}>
          {t("upload.refused", { detail: refusalText(t, state.rule, state.detail) })}
        </p>
      );
    case "failed":
      return (
        <div className="flex items-center gap-2 text-red-400" role="alert">
          <span>{t("upload.failed")}</span>
          <button type="button" className={BUTTON} onClick={onRetry}>
            {t("upload.retry")}
          </button>
        </div>
      );
  }
}

const SERVER_RULES = [
  "file_type",
  "file_too_large",
  "image_unreadable",
  "image_format_mismatch",
  "video_unreadable",
] as const;

/** The server's detail is in English: known rules are told in the user's language, others by the detail. */
function refusalText(t: ReturnType<typeof useTranslations<"media">>, rule: string | undefined, detail: string): string {
  const known = SERVER_RULES.find((candidate) => candidate === rule);
  return known ? t(`serverRules.${known}`) : detail;
}
