"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { ModelCapabilities } from "@/lib/providers";
import type { Voice } from "@/lib/providers";
import { errorsAt, errorsExactly } from "@/lib/studio/media/media-list";
import { followInputs, numberedToken } from "@/lib/studio/media/prompt-tokens";
import { ErrorList } from "./check-list";
import { InputRow } from "./input-row";
import { insertIntoPrompt, type PromptInputRef } from "./prompt-insert";
import type { MediaEditorProps } from "./types";
import { BUTTON } from "./upload-field";

export type VoiceValue = { voices: Voice[]; prompt: string };
export type VoiceCapabilities = Pick<ModelCapabilities, "voices">;
/** A voice the provider offers ready-made; others are typed in by id (from the provider's voice customisation). */
export type VoiceOption = { voiceId: string; name: string };

type VoicePickerProps = MediaEditorProps<VoiceValue, VoiceCapabilities> & {
  presets?: readonly VoiceOption[];
  promptInput?: PromptInputRef;
};

/**
 * Up to the model's number of voices, each referenced in the prompt as `<<<voice_N>>>` in voice
 * order; removing or reordering renumbers the prompt. Voices need sound on: the page's sound setting
 * must follow (this editor writes only `voices` and `prompt`).
 */
export function VoicePicker({
  value,
  onChange,
  errors,
  capabilities,
  disabled,
  presets = [],
  promptInput,
}: VoicePickerProps) {
  const t = useTranslations("media.voices");
  const id = useId();
  const [draft, setDraft] = useState("");
  if (!capabilities.voices) return null;
  const max = capabilities.voices.max;
  const full = value.voices.length >= max;
  const duplicate = value.voices.some((voice) => voice.voiceId === draft.trim());

  const setVoices = (voices: Voice[]) => onChange({ voices, prompt: followInputs(value.prompt, value, { voices }) });
  const add = (voiceId: string) => {
    if (!voiceId || full || value.voices.some((voice) => voice.voiceId === voiceId)) return;
    onChange({ ...value, voices: [...value.voices, { voiceId }] });
    setDraft("");
  };
  const move = (from: number, to: number) => {
    const voices = [...value.voices];
    const [moved] = voices.splice(from, 1);
    voices.splice(to, 0, moved!);
    setVoices(voices);
  };

  return (
    <fieldset className="space-y-3" data-field="voices" disabled={disabled}>
      <legend className="mb-1 text-sm font-medium text-zinc-200">
        {t("legend")}{" "}
        <span className="font-normal tabular-nums text-zinc-500">
          {t("count", { count: value.voices.length, max })}
        </span>
      </legend>
      {/* Said before a voice is added, and while there is one: never a warning about voices that are not there. */}
      {value.voices.length ? (
        <p className="text-xs text-amber-300">{t("forcesSound")}</p>
      ) : (
        <p className="text-xs text-zinc-500">{t("turnsSoundOn")}</p>
      )}
      {value.voices.length > 0 && (
        <ol className="space-y-2">
          {value.voices.map((voice, position) => {
            const token = numberedToken("voice", position + 1);
            const name = presets.find((preset) => preset.voiceId === voice.voiceId)?.name ?? voice.voiceId;
            return (
              <InputRow
                key={voice.voiceId}
                name={name}
                token={token}
                onInsert={() =>
                  insertIntoPrompt(value.prompt, token, promptInput, (prompt) => onChange({ ...value, prompt }))
                }
                onMoveUp={position > 0 ? () => move(position, position - 1) : undefined}
                onMoveDown={position < value.voices.length - 1 ? () => move(position, position + 1) : undefined}
                onRemove={() => setVoices(value.voices.filter((_, index) => index !== position))}
                errors={errorsAt(errors, `voices[${position}]`)}
                disabled={disabled}
              />
            );
          })}
        </ol>
      )}
      {!full && (
        <div className="flex flex-wrap items-end gap-2">
          {presets.length > 0 && (
            <label className="text-sm">
              <span className="mb-1 block text-zinc-400">{t("presets")}</span>
              <select
                value=""
                onChange={(event) => add(event.target.value)}
                className="rounded-md border border-zinc-700 bg-zinc-900 px-3 py-2 text-sm"
              >
                <option value="" disabled>
                  —
                </option>
                {presets.map((preset) => (
                  <option
                    key={preset.voiceId}
                    value={preset.voiceId}
                    disabled={value.voices.some((voice) => voice.voiceId === preset.voiceId)}
                  >
                    {preset.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="text-sm" htmlFor={`${id}-voice`}>
            <span className="mb-1 block text-zinc-400">{t("voiceId")}</span>
            <input
              id={`${id}-voice`}
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === "Enter") {
                  event.preventDefault();
                  add(draft.trim());
                }
              }}
              aria-describedby={duplicate ? `${id}-duplicate` : undefined}
              className="rounded-md border border-zinc-700 bg-zinc-900 px-3 py-2 text-sm"
            />
          </label>
          <button
            type="button"
            className={BUTTON}
            disabled={!draft.trim() || duplicate}
            onClick={() => add(draft.trim())}
          >
            {t("add")}
          </button>
          {duplicate && (
            <p id={`${id}-duplicate`} className="w-full text-sm text-amber-300">
              {t("duplicate")}
            </p>
          )}
        </div>
      )}
      <ErrorList errors={errorsExactly(errors, "voices")} />
    </fieldset>
  );
}
