"use client";

import { useTranslations } from "next-intl";
import { MotionControlEditor } from "../../media/motion-control-editor";
import { promptParts } from "../common";
import { useMediaErrors } from "../media-errors";
import { adaptMediaMode } from "../media-state";
import type { MotionControlState } from "../../form/state-schemas";
import type { ModeEditor, ModeEditorProps } from "../mode-editor";
import { NegativePromptField } from "../negative-prompt-field";
import { MainPromptField } from "../main-prompt-field";

const MEDIA_FIELDS = ["media", "characterOrientation"];

function MotionControlFields(props: ModeEditorProps<MotionControlState>) {
  const { state, onChange, errors, model, modeCaps, media } = props;
  const t = useTranslations();
  const pathErrors = useMediaErrors(errors, MEDIA_FIELDS);
  const { video, image, actionSecondsByOrientation } = media.rules;
  // Without orientation limits from the provider, both orientations take what its video rules allow.
  const longest = video?.maxSeconds ?? Number.POSITIVE_INFINITY;
  return (
    <div className="space-y-6">
      <MotionControlEditor
        value={{ media: state.media, characterOrientation: state.characterOrientation }}
        onChange={(next) =>
          onChange((current) => ({
            ...current,
            media: next.media,
            characterOrientation: next.characterOrientation ?? current.characterOrientation,
          }))
        }
        errors={pathErrors}
        capabilities={{
          actionSecondsByOrientation: actionSecondsByOrientation ?? { image: longest, video: longest },
          imageRules: image,
          videoRules: video,
          keepOriginalSound: modeCaps.keepOriginalSound,
        }}
      />
      <MainPromptField
        state={state}
        onChange={onChange}
        model={model}
        errors={errors}
        hint={t("modeEditors.motionControl.promptHint")}
        rows={3}
      />
      <NegativePromptField {...props} />
    </div>
  );
}

export const MOTION_CONTROL_EDITOR: ModeEditor<MotionControlState> = {
  loadStateSchema: () => import("../../form/state-schemas").then((schemas) => schemas.MotionControlStateSchema),
  initialState: (_context, source) => ({
    prompt: source?.prompt ?? "",
    negativePrompt: source?.negativePrompt ?? "",
    media: source?.media.filter((item) => item.role === "character" || item.role === "action") ?? [],
    // Kling requires an orientation; facing as in the image is its shorter, stricter case.
    characterOrientation: source?.characterOrientation ?? "image",
  }),
  adaptToModel: adaptMediaMode,
  toRequest: (state, { model }) => ({
    ...promptParts(state, { model }),
    media: state.media,
    characterOrientation: state.characterOrientation,
  }),
  fieldKeys: () => ["prompt", "negativePrompt", ...MEDIA_FIELDS],
  Editor: MotionControlFields,
};
