"use client";

import type { ComponentType, Ref } from "react";
import { useTranslations } from "next-intl";
import type { PromptTokenOption } from "@/lib/studio/media/prompt-tokens";
import { PromptField, type PromptFieldProps } from "../fields/prompt-field";
import { fieldErrorsAt } from "../form/field-errors";
import type { ModeEditorProps } from "./mode-editor";

type Extras = {
  /** The mode's own advice under the field. */
  hint?: string;
  placeholder?: string;
  rows?: number;
  /** For editors that insert media tokens at the caret. */
  inputRef?: Ref<HTMLTextAreaElement>;
  /** Inputs the prompt can point at (usePromptTokenOptions), for a `Field` that shows them (PromptWithTokens). */
  tokens?: readonly PromptTokenOption[];
  Field?: ComponentType<PromptFieldProps & { tokens?: readonly PromptTokenOption[] }>;
};

/** The prompt of every mode, bound to the editor's state, the model's limit and its violations. */
export function MainPromptField<State extends { prompt: string }>({
  state,
  onChange,
  model,
  errors,
  hint,
  placeholder,
  rows,
  inputRef,
  tokens,
  Field = PromptField,
}: Pick<ModeEditorProps<State>, "state" | "onChange" | "model" | "errors"> & Extras) {
  const t = useTranslations("prompt");
  return (
    <Field
      fieldKey="prompt"
      label={t("label")}
      hint={hint}
      placeholder={placeholder}
      value={state.prompt}
      onChange={(prompt) => onChange((current) => ({ ...current, prompt }))}
      max={model.promptMaxLength}
      overflow={model.promptOverflow}
      violations={fieldErrorsAt(errors, "prompt")}
      rows={rows}
      inputRef={inputRef}
      tokens={tokens}
    />
  );
}
