"use client";

import { useTranslations } from "next-intl";
import { describedBy, FieldMessages } from "../fields/field-messages";
import type { ModelContext } from "@/lib/studio/types";
import { ChoiceGroup } from "./choice-group";
import { fieldErrorsAt, type FieldErrors } from "./field-errors";
import { durationChoices, showsAspectRatio, showsAudio, type VideoSettings } from "./video-settings";

function Toggle({
  name,
  label,
  checked,
  disabled,
  onChange,
  errors,
}: {
  name: string;
  label: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  errors: FieldErrors;
}) {
  const violations = fieldErrorsAt(errors, name);
  return (
    <div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          name={name}
          checked={checked}
          disabled={disabled}
          onChange={(event) => onChange(event.target.checked)}
          className="size-4 accent-(--color-accent)"
          {...describedBy(name, violations)}
        />
        {label}
      </label>
      <FieldMessages fieldKey={name} violations={violations} />
    </div>
  );
}

/** Exactly the aspect ratios, lengths, qualities, audio and watermark the chosen model offers in this mode. */
export function VideoSettingsPanel({
  context,
  settings,
  onChange,
  errors,
}: {
  context: ModelContext;
  settings: VideoSettings;
  onChange: (patch: Partial<VideoSettings>) => void;
  errors: FieldErrors;
}) {
  const t = useTranslations("settingsPanel");
  const { model, modeCaps } = context;
  const durationViolations = fieldErrorsAt(errors, "duration");
  return (
    <div className="space-y-4">
      {showsAspectRatio(context) && (
        <ChoiceGroup
          name="aspectRatio"
          legend={t("aspectRatio")}
          value={settings.aspectRatio}
          onChange={(aspectRatio) => onChange({ aspectRatio })}
          violations={fieldErrorsAt(errors, "aspectRatio")}
          options={model.aspectRatios.map((ratio) => ({ value: ratio, label: ratio }))}
        />
      )}
      {modeCaps.aspectRatio === "ignored" && <p className="text-xs text-zinc-500">{t("aspectRatioIgnored")}</p>}
      <div>
        <label htmlFor="field-duration" className="mb-1 block text-sm font-medium text-zinc-200">
          {t("duration")}
        </label>
        <select
          id="field-duration"
          value={settings.duration}
          onChange={(event) => onChange({ duration: Number(event.target.value) })}
          {...describedBy("duration", durationViolations)}
          className="w-full rounded-md border border-zinc-700 bg-zinc-900 px-3 py-2 text-sm aria-invalid:border-red-500"
        >
          {durationChoices(modeCaps.durations).map((seconds) => (
            <option key={seconds} value={seconds}>
              {t("seconds", { count: seconds })}
            </option>
          ))}
        </select>
        <FieldMessages fieldKey="duration" violations={durationViolations} />
      </div>
      {model.qualities.length > 0 && (
        <ChoiceGroup
          name="quality"
          legend={t("quality")}
          value={settings.quality}
          onChange={(quality) => onChange({ quality })}
          violations={fieldErrorsAt(errors, "quality")}
          options={model.qualities.map((quality) => ({ value: quality, label: t(`qualities.${quality}`) }))}
        />
      )}
      {showsAudio(context) && (
        <Toggle
          name="audio"
          label={t("audio")}
          checked={settings.audio}
          disabled={modeCaps.audio === "required"}
          onChange={(audio) => onChange({ audio })}
          errors={errors}
        />
      )}
      {model.watermark && (
        <Toggle
          name="watermark"
          label={t("watermark")}
          checked={settings.watermark}
          onChange={(watermark) => onChange({ watermark })}
          errors={errors}
        />
      )}
    </div>
  );
}
