"use client";

import { useTranslations } from "next-intl";
import { PromptField } from "../fields/prompt-field";
import { fieldErrorsAt } from "../form/field-errors";
import type { ModeEditorProps } from "./mode-editor";

/** The negative prompt of the media modes, where the model takes one. */
export function NegativePromptField<State extends { negativePrompt: string }>({
  state,
  onChange,
  model,
  errors,
}: ModeEditorProps<State>) {
  const t = useTranslations("prompt");
  if (!model.negativePrompt) return null;
  return (
    <PromptField
      fieldKey="negativePrompt"
      label={t("negativeLabel")}
      hint={t("negativeHint")}
      value={state.negativePrompt}
      onChange={(negativePrompt) => onChange((current) => ({ ...current, negativePrompt }))}
      max={model.promptMaxLength}
      overflow={model.promptOverflow}
      violations={fieldErrorsAt(errors, "negativePrompt")}
      rows={2}
    />
  );
}
