"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { ReferenceEditor } from "../../media/reference-editor";
import { promptParts } from "../common";
import { useMediaErrors } from "../media-errors";
import { adaptMediaMode } from "../media-state";
import type { ReferenceState } from "../../form/state-schemas";
import type { ModeEditor, ModeEditorProps } from "../mode-editor";
import { NegativePromptField } from "../negative-prompt-field";
import { elementOptionsFor } from "./element-options";
import { MainPromptField } from "../main-prompt-field";
import { usePromptTokenOptions } from "../prompt-token-options";
import { PromptWithTokens } from "../../fields/token-assist";

const MEDIA_FIELDS = ["media", "elements"];

function ReferenceFields(props: ModeEditorProps<ReferenceState>) {
  const { state, onChange, errors, model, modeCaps, provider, media } = props;
  const t = useTranslations();
  const promptInput = useRef<HTMLTextAreaElement>(null);
  const pathErrors = useMediaErrors(errors, MEDIA_FIELDS);
  const tokens = usePromptTokenOptions(state, model.promptReferenceSyntax);
  return (
    <div className="space-y-6">
      <MainPromptField
        state={state}
        onChange={onChange}
        model={model}
        errors={errors}
        hint={t("modeEditors.reference.promptHint")}
        inputRef={promptInput}
        tokens={tokens}
        Field={PromptWithTokens}
      />
      <NegativePromptField {...props} />
      <ReferenceEditor
        value={{ media: state.media, elements: state.elements, prompt: state.prompt }}
        onChange={(next) => onChange((current) => ({ ...current, ...next }))}
        errors={pathErrors}
        capabilities={{
          mode: modeCaps,
          promptReferenceSyntax: model.promptReferenceSyntax,
          referencesWithVideo: media.rules.referencesWithVideo,
          imageRules: media.rules.image,
          videoRules: media.rules.video,
        }}
        elements={elementOptionsFor(provider.id, media.elements)}
        promptInput={promptInput}
      />
    </div>
  );
}

export const REFERENCE_EDITOR: ModeEditor<ReferenceState> = {
  loadStateSchema: () => import("../../form/state-schemas").then((schemas) => schemas.ReferenceStateSchema),
  initialState: (_context, source) => ({
    prompt: source?.prompt ?? "",
    negativePrompt: source?.negativePrompt ?? "",
    media: source?.media ?? [],
    elements: source?.elements ?? [],
  }),
  adaptToModel: adaptMediaMode,
  toRequest: (state, { model }) => ({
    ...promptParts(state, { model }),
    media: state.media,
    elements: state.elements,
  }),
  fieldKeys: () => ["prompt", "negativePrompt", ...MEDIA_FIELDS],
  Editor: ReferenceFields,
};
