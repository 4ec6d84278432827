"use client";

import { useTranslations } from "next-intl";
import type { ReactNode, Ref, TextareaHTMLAttributes } from "react";
import type { Violation } from "@/lib/providers";
import { describedBy, FieldMessages } from "./field-messages";

export type PromptFieldProps = {
  fieldKey: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  max: number;
  overflow: "rejected" | "truncated";
  violations: Violation[];
  hint?: string;
  placeholder?: string;
  rows?: number;
  /** The textarea, for editors that insert tokens at its caret. */
  inputRef?: Ref<HTMLTextAreaElement>;
  /** What a richer prompt (token-assist.tsx) adds to the textarea: keys, a combobox role. */
  inputProps?: TextareaHTMLAttributes<HTMLTextAreaElement>;
  /** Told of every edit with the caret, after onChange. */
  onInput?: (value: string, caret: number) => void;
  /** Shown under the textarea, above the messages. */
  children?: ReactNode;
};

/** A prompt with a live count against the model's limit. */
export function PromptField({
  fieldKey,
  label,
  value,
  onChange,
  max,
  overflow,
  violations,
  hint,
  placeholder,
  rows = 4,
  inputRef,
  inputProps,
  onInput,
  children,
}: PromptFieldProps) {
  const t = useTranslations("prompt");
  const id = `field-${fieldKey.replace(/[^a-zA-Z0-9]+/g, "-")}`;
  const countId = `${id}-count`;
  const over = value.length > max;
  return (
    <div data-field={fieldKey}>
      <div className="mb-1 flex items-baseline justify-between gap-3">
        <label htmlFor={id} className="text-sm font-medium text-zinc-200">
          {label}
        </label>
        <span
          id={countId}
          className={`text-xs tabular-nums ${over ? (overflow === "rejected" ? "text-red-400" : "text-amber-300") : "text-zinc-500"}`}
        >
          {t("count", { count: value.length, max })}
        </span>
      </div>
      {hint && <p className="mb-1 text-xs text-zinc-500">{hint}</p>}
      <textarea
        ref={inputRef}
        id={id}
        value={value}
        rows={rows}
        placeholder={placeholder}
        onChange={(event) => {
          onChange(event.target.value);
          onInput?.(event.target.value, event.target.selectionStart);
        }}
        {...inputProps}
        {...describedBy(fieldKey, violations, countId)}
        className="w-full resize-y rounded-md border border-zinc-700 bg-zinc-900 px-3 py-2 text-sm aria-invalid:border-red-500"
      />
      {over && violations.length === 0 && (
        <p className={`mt-1 text-sm ${overflow === "rejected" ? "text-red-400" : "text-amber-300"}`}>
          {overflow === "rejected" ? t("overLimitRejected", { max }) : t("overLimitTruncated", { max })}
        </p>
      )}
      {children}
      <FieldMessages fieldKey={fieldKey} violations={violations} />
    </div>
  );
}
