"use client";

import { useTranslations } from "next-intl";
import type { Ref } from "react";
import type { PromptTokenOption } from "@/lib/studio/media/prompt-tokens";
import type { Violation } from "@/lib/providers";
import { describedBy, FieldMessages } from "./field-messages";
import { MentionList, TokenChips, useMentionMenu } from "./token-assist";

const NO_TOKENS: readonly PromptTokenOption[] = [];

type PromptFieldProps = {
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
  /** Inputs the prompt can point at: offered on "@", and shown by name when used. */
  tokens?: readonly PromptTokenOption[];
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
  tokens = NO_TOKENS,
}: PromptFieldProps) {
  const t = useTranslations("prompt");
  const id = `field-${fieldKey.replace(/[^a-zA-Z0-9]+/g, "-")}`;
  const textarea = () => document.getElementById(id) as HTMLTextAreaElement | null;
  const mentions = useMentionMenu(id, tokens, value, onChange);
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
          mentions.follow(event.target.value, event.target.selectionStart);
        }}
        onKeyDown={mentions.onKeyDown}
        onBlur={mentions.close}
        {...mentions.comboboxProps}
        {...describedBy(fieldKey, violations, countId)}
        className="w-full resize-y rounded-md border border-zinc-700 bg-zinc-900 px-3 py-2 text-sm aria-invalid:border-red-500"
      />
      {over && violations.length === 0 && (
        <p className={`mt-1 text-sm ${overflow === "rejected" ? "text-red-400" : "text-amber-300"}`}>
          {overflow === "rejected" ? t("overLimitRejected", { max }) : t("overLimitTruncated", { max })}
        </p>
      )}
      {mentions.menu && <MentionList menu={mentions.menu} textarea={textarea} />}
      {tokens.length > 0 && <TokenChips value={value} options={tokens} onChange={onChange} />}
      <FieldMessages fieldKey={fieldKey} violations={violations} />
    </div>
  );
}
