"use client";

import { useTranslations } from "next-intl";
import { cameraFromRequest, cameraToRequest, NO_CAMERA } from "../../fields/camera";
import type { TextState } from "../../form/state-schemas";
import { CameraControlField } from "../../fields/camera-control-field";
import { fieldErrorsAt } from "../../form/field-errors";
import { adaptSharedControls, promptParts } from "../common";
import type { ModeEditor, ModeEditorProps } from "../mode-editor";
import { NegativePromptField } from "../negative-prompt-field";
import { MainPromptField } from "../main-prompt-field";

function TextEditorFields(props: ModeEditorProps<TextState>) {
  const { state, onChange, model, errors } = props;
  const t = useTranslations();
  return (
    <div className="space-y-5">
      <MainPromptField
        state={state}
        onChange={onChange}
        model={model}
        errors={errors}
        placeholder={t("prompt.placeholder")}
        rows={5}
      />
      <NegativePromptField {...props} />
      {model.cameraControl && (
        <CameraControlField
          value={state.camera}
          onChange={(camera) => onChange((current) => ({ ...current, camera }))}
          violations={fieldErrorsAt(errors, "cameraControl")}
        />
      )}
    </div>
  );
}

export const TEXT_EDITOR: ModeEditor<TextState> = {
  loadStateSchema: () => import("../../form/state-schemas").then((schemas) => schemas.TextStateSchema),
  initialState: (_context, source) => ({
    prompt: source?.prompt ?? "",
    negativePrompt: source?.negativePrompt ?? "",
    camera: source ? cameraFromRequest(source.cameraControl) : NO_CAMERA,
  }),
  adaptToModel: adaptSharedControls,
  toRequest: (state, { model }) => ({
    ...promptParts(state, { model }),
    cameraControl: model.cameraControl ? cameraToRequest(state.camera) : undefined,
  }),
  fieldKeys: () => ["prompt", "negativePrompt", "cameraControl"],
  Editor: TextEditorFields,
};
