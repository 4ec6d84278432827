"use client";

import { useTranslations } from "next-intl";
import * as z from "zod/mini";
import { cameraFromRequest, cameraToRequest, CameraStateSchema, NO_CAMERA } from "../../fields/camera";
import { CameraControlField } from "../../fields/camera-control-field";
import { fieldErrorsAt } from "../../form/field-errors";
import { adaptSharedControls, promptParts } from "../common";
import type { ModeEditor, ModeEditorProps } from "../mode-editor";
import { NegativePromptField } from "../negative-prompt-field";
import { MainPromptField } from "../main-prompt-field";

const TextStateSchema = z.object({ prompt: z.string(), negativePrompt: z.string(), camera: CameraStateSchema });
type TextState = z.infer<typeof TextStateSchema>;

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
  stateSchema: TextStateSchema,
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
