"use client";

import { useTranslations } from "next-intl";
import { FramesEditor } from "../../media/frames-editor";
import { adaptSharedControls, promptParts } from "../common";
import { useMediaErrors } from "../media-errors";
import { mediaForRoles } from "../media-state";
import type { FirstLastState } from "../../form/state-schemas";
import type { ModeEditor, ModeEditorProps } from "../mode-editor";
import { NegativePromptField } from "../negative-prompt-field";
import { MainPromptField } from "../main-prompt-field";

const MEDIA_FIELDS = ["media"];

function FirstLastFields(props: ModeEditorProps<FirstLastState>) {
  const { state, onChange, errors, model, modeCaps, media } = props;
  const t = useTranslations();
  const pathErrors = useMediaErrors(errors, MEDIA_FIELDS);
  return (
    <div className="space-y-6">
      <FramesEditor
        value={{ media: state.media }}
        onChange={({ media: next }) => onChange((current) => ({ ...current, media: next }))}
        errors={pathErrors}
        capabilities={{ mode: modeCaps, imageRules: media.rules.image }}
      />
      <MainPromptField
        state={state}
        onChange={onChange}
        model={model}
        errors={errors}
        hint={t("modeEditors.firstLast.promptHint")}
      />
      <NegativePromptField {...props} />
    </div>
  );
}

/** First and last frames; a last frame rules out camera control and the motion brush, so neither is offered. */
export const FIRST_LAST_EDITOR: ModeEditor<FirstLastState> = {
  loadStateSchema: () => import("../../form/state-schemas").then((schemas) => schemas.FirstLastStateSchema),
  initialState: (_context, source) => ({
    prompt: source?.prompt ?? "",
    negativePrompt: source?.negativePrompt ?? "",
    media: source?.media.filter((item) => item.role === "first_frame" || item.role === "last_frame") ?? [],
  }),
  adaptToModel: (state, context) => {
    const { state: next, dropped } = adaptSharedControls(state, context);
    return { state: { ...next, media: mediaForRoles(next.media, context.modeCaps.media) }, dropped };
  },
  toRequest: (state, { model }) => ({
    ...promptParts(state, { model }),
    media: state.media,
  }),
  fieldKeys: () => ["prompt", "negativePrompt", "media"],
  Editor: FirstLastFields,
};
