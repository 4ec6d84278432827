"use client";

import { useTranslations } from "next-intl";
import type { MediaItem } from "@/lib/providers";
import { errorsAt, firstWithRole, setSingle, uploadErrors } from "@/lib/studio/media/media-list";
import { followInputs, mediaTokens, referenceSyntaxOf } from "@/lib/studio/media/prompt-tokens";
import { checkVideoFacts } from "@/lib/studio/media/video-checks";
import { ChoiceGroup } from "../form/choice-group";
import { ErrorList } from "./check-list";
import { KeepSoundToggle } from "./keep-sound-toggle";
import { insertIntoPrompt, type PromptInputRef } from "./prompt-insert";
import { ReferenceEditor, type ReferenceCapabilities, type ReferenceValue } from "./reference-editor";
import type { ElementOption, MediaEditorProps } from "./types";
import { BUTTON, UploadField } from "./upload-field";

export type VideoEditorValue = ReferenceValue & { extendDirection?: "next" | "previous" };

/** `edit`: a base video, optionally with reference images and elements; `extend`: a feature video and the shot to add. */
export type VideoEditorCapabilities = ReferenceCapabilities & { kind: "edit" | "extend" };

type VideoEditorProps = MediaEditorProps<VideoEditorValue, VideoEditorCapabilities> & {
  elements?: readonly ElementOption[];
  promptInput?: PromptInputRef;
};

/**
 * The input video of edit and extend, checked against the provider's video rules (duration,
 * resolution, size, fps), with its keep-original-sound switch. Edit adds the reference editor for
 * images and elements; extend asks for the next or previous shot.
 * Writes `media` (base or feature, plus refer for edit), `elements`, `prompt`, `extendDirection`.
 */
export function VideoEditor({
  value,
  onChange,
  errors,
  capabilities,
  disabled,
  elements = [],
  promptInput,
}: VideoEditorProps) {
  const t = useTranslations("media");
  const role = capabilities.kind === "edit" ? "base" : "feature";
  const video = firstWithRole(value.media, role);
  const rules = capabilities.videoRules;
  const token =
    referenceSyntaxOf(capabilities.promptReferenceSyntax) === "numbered" && video
      ? mediaTokens(value.media)[video.index]
      : undefined;

  const setVideo = (item: MediaItem | undefined) => {
    const media = setSingle(value.media, role, item);
    // Removing the video drops its `<<<video_1>>>` tokens; replacing it keeps them on the new one.
    onChange({ ...value, media, prompt: item ? value.prompt : followInputs(value.prompt, value, { media }) });
  };

  return (
    <div className="space-y-5">
      <UploadField
        role={role}
        value={video?.item}
        onChange={setVideo}
        check={rules ? (facts) => checkVideoFacts(facts, rules) : undefined}
        errors={uploadErrors(errors, role, video)}
        label={capabilities.kind === "extend" ? t("video.toExtend") : undefined}
        disabled={disabled}
      >
        <div className="flex flex-wrap items-center gap-3">
          {token && (
            <button
              type="button"
              className={BUTTON}
              disabled={disabled}
              onClick={() =>
                insertIntoPrompt(value.prompt, token, promptInput, (prompt) => onChange({ ...value, prompt }))
              }
              aria-label={t("reference.insert", { token })}
            >
              {t("reference.insertButton")} <code className="text-xs">{token}</code>
            </button>
          )}
          {capabilities.mode.keepOriginalSound && video && (
            <KeepSoundToggle item={video.item} onChange={setVideo} label={t("video.keepSound")} disabled={disabled} />
          )}
        </div>
      </UploadField>
      {capabilities.kind === "extend" && (
        <div>
          <ChoiceGroup
            name="extendDirection"
            legend={t("video.direction")}
            value={value.extendDirection}
            onChange={(extendDirection) => onChange({ ...value, extendDirection })}
            options={(["next", "previous"] as const).map((direction) => ({
              value: direction,
              label: t(`video.${direction}`),
              description: t(`video.${direction}Hint`),
              disabled,
            }))}
          />
          <ErrorList errors={errorsAt(errors, "extendDirection")} />
        </div>
      )}
      {capabilities.kind === "edit" && (capabilities.mode.media.refer || capabilities.mode.elements) && (
        <ReferenceEditor
          value={value}
          onChange={(next) => onChange({ ...value, ...next })}
          errors={errors}
          capabilities={capabilities}
          disabled={disabled}
          elements={elements}
          promptInput={promptInput}
        />
      )}
    </div>
  );
}
