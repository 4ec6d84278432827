"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ProviderId } from "@/lib/providers";
import { describedBy, FieldMessages } from "../fields/field-messages";
import type { ProviderChoice } from "@/lib/studio/types";
import { ChoiceGroup } from "./choice-group";
import { fieldErrorsAt, type FieldErrors } from "./field-errors";

/**
 * Providers that can do this mode. Unusable ones fold into one line that opens to say why (admins
 * see what to configure, members whom to ask), so they never push Generate out of sight.
 */
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
  const format = useFormatter();
  const modelViolations = fieldErrorsAt(errors, "model");
  // The current choice stays listed even when unusable (a restored draft), so the form says what it holds.
  const listed = choices.filter((choice) => choice.available || choice.id === provider.id);
  const folded = choices.filter((choice) => !listed.includes(choice));
  // Other providers go by their own names in every language; the simulator says what it is.
  const label = (choice: ProviderChoice) => (choice.id === "simulator" ? t("simulatorLabel") : choice.label);
  const why = (choice: ProviderChoice) =>
    choice.missing
      ? t("setVariables", { variables: format.list(choice.missing, { type: "conjunction" }) })
      : (choice.reason ?? t("askAdmin"));
  return (
    <div className="space-y-4">
      <ChoiceGroup
        name="provider"
        legend={t("provider")}
        layout="column"
        value={provider.id}
        onChange={onProviderChange}
        violations={fieldErrorsAt(errors, "provider")}
        options={listed.map((choice) => ({
          value: choice.id,
          label: label(choice),
          disabled: !choice.available,
          description: choice.available
            ? undefined
            : t("unavailableReason", { provider: label(choice), reason: why(choice) }),
        }))}
      />
      {provider.outage !== undefined && (
        <p
          role="status"
          className="rounded-md bg-amber-950/60 px-3 py-2 text-sm text-amber-200"
          data-testid="provider-outage"
        >
          {t("providerOutage", { provider: label(provider) })}
        </p>
      )}
      {folded.length > 0 && (
        <details className="text-sm text-zinc-400" data-testid="unavailable-providers">
          <summary className="cursor-pointer select-none hover:text-zinc-200">
            {t("moreProviders", { count: folded.length })}
          </summary>
          <ul className="mt-2 space-y-1 pl-4">
            {folded.map((choice) => (
              <li key={choice.id}>
                <span className="text-zinc-300">{label(choice)}</span>: {why(choice)}
              </li>
            ))}
          </ul>
        </details>
      )}
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
