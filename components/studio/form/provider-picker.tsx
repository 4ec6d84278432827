"use client";

import { useTranslations } from "next-intl";
import type { ProviderId } from "@/lib/providers";
import { describedBy, FieldMessages } from "../fields/field-messages";
import type { ProviderChoice } from "@/lib/studio/types";
import { ChoiceGroup } from "./choice-group";
import { fieldErrorsAt, type FieldErrors } from "./field-errors";

/** Providers that can do this mode; unusable ones stay visible, disabled, with the reason. */
export function ProviderPicker({
  choices,
  provider,
  model,
  onProviderChange,
  onModelChange,
  errors,
}: {
  choices: ProviderChoice[];
  provider: ProviderChoice;
  model: string;
  onProviderChange: (id: ProviderId) => void;
  onModelChange: (model: string) => void;
  errors: FieldErrors;
}) {
  const t = useTranslations("picker");
  const modelViolations = fieldErrorsAt(errors, "model");
  return (
    <div className="space-y-4">
      <ChoiceGroup
        name="provider"
        legend={t("provider")}
        layout="column"
        value={provider.id}
        onChange={onProviderChange}
        violations={fieldErrorsAt(errors, "provider")}
        options={choices.map((choice) => ({
          value: choice.id,
          label: choice.label,
          disabled: !choice.available,
          description: choice.available
            ? undefined
            : t("unavailableReason", { provider: choice.label, reason: choice.reason ?? t("unavailable") }),
        }))}
      />
      <div>
        <label htmlFor="field-model" className="mb-1 block text-sm font-medium text-zinc-200">
          {t("model")}
        </label>
        <select
          id="field-model"
          value={model}
          onChange={(event) => onModelChange(event.target.value)}
          disabled={provider.models.length < 2}
          {...describedBy("model", modelViolations)}
          className="w-full rounded-md border border-zinc-700 bg-zinc-900 px-3 py-2 text-sm disabled:opacity-80"
        >
          {provider.models.map((candidate) => (
            <option key={candidate.model} value={candidate.model}>
              {candidate.label}
            </option>
          ))}
        </select>
        <FieldMessages fieldKey="model" violations={modelViolations} />
      </div>
    </div>
  );
}
