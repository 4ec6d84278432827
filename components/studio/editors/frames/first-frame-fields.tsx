"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { firstWithRole } from "@/lib/studio/media/media-list";
import type { MediaItem } from "@/lib/providers";
import { NO_CAMERA } from "../../fields/camera";
import { CameraControlField } from "../../fields/camera-control-field";
import { ChoiceGroup } from "../../form/choice-group";
import { fieldErrorsAt } from "../../form/field-errors";
import { FramesEditor } from "../../media/frames-editor";
import { ElementsField } from "../../media/elements-field";
import { VoicePicker } from "../../media/voice-picker";
import { referenceSyntaxOf } from "@/lib/studio/media/prompt-tokens";
import { elementOptionsFor } from "../reference/element-options";
import { useMediaErrors } from "../media-errors";
import { usePromptTokenOptions } from "../prompt-token-options";
import { PromptWithTokens } from "../../fields/token-assist";
import type { ModeEditorProps } from "../mode-editor";
import type { FirstFrameState } from "./first-frame-state";
import { motionGuides, offersVoices } from "./motion-guide";
import { NegativePromptField } from "../negative-prompt-field";
import { MainPromptField } from "../main-prompt-field";

// The brush (canvas layers, mask export) loads only when a creator picks it.
const MotionBrushEditor = dynamic(
  () => import("../../media/motion-brush-editor").then((module) => module.MotionBrushEditor),
  {
    loading: () => <div className="h-48 animate-pulse rounded-md bg-zinc-900/60" />,
  },
);

const MEDIA_FIELDS = ["media", "elements", "motionBrush", "voices"];

export function FirstFrameFields(props: ModeEditorProps<FirstFrameState>) {
  const { state, onChange, errors, model, modeCaps, settings, media, onSettingsChange } = props;
  const t = useTranslations();
  const promptInput = useRef<HTMLTextAreaElement>(null);
  const pathErrors = useMediaErrors(errors, MEDIA_FIELDS);
  const guides = motionGuides(props);
  const tokens = usePromptTokenOptions({ voices: state.voices }, model.promptReferenceSyntax);

  const setFrames = ({ media: next }: { media: MediaItem[] }) =>
    onChange((current) => {
      // Masks are painted on one frame: a new or removed frame starts the brush over.
      const frameChanged =
        firstWithRole(current.media, "first_frame")?.item.url !== firstWithRole(next, "first_frame")?.item.url;
      return frameChanged
        ? { ...current, media: next.filter((item) => item.role !== "mask"), motionBrush: undefined }
        : { ...current, media: next };
    });

  return (
    <div className="space-y-6">
      <FramesEditor
        value={{ media: state.media }}
        onChange={setFrames}
        errors={pathErrors}
        capabilities={{ mode: modeCaps, imageRules: media.rules.image }}
      />
      <MainPromptField
        state={state}
        onChange={onChange}
        model={model}
        errors={errors}
        hint={t("modeEditors.firstFrame.promptHint")}
        inputRef={promptInput}
        tokens={tokens}
        Field={PromptWithTokens}
      />
      <NegativePromptField {...props} />
      {guides.length > 1 && (
        <ChoiceGroup
          name="motionGuide"
          legend={t("modeEditors.firstFrame.guide")}
          value={state.guide}
          onChange={(guide) =>
            onChange((current) => ({ ...current, guide, camera: guide === "camera" ? current.camera : NO_CAMERA }))
          }
          options={guides.map((guide) => ({ value: guide, label: t(`modeEditors.firstFrame.guides.${guide}`) }))}
        />
      )}
      {state.guide === "camera" && (
        <CameraControlField
          value={state.camera}
          onChange={(camera) => onChange((current) => ({ ...current, camera }))}
          violations={fieldErrorsAt(errors, "cameraControl")}
        />
      )}
      {state.guide === "brush" && (
        <MotionBrushEditor
          value={{ media: state.media, motionBrush: state.motionBrush }}
          onChange={(next) => onChange((current) => ({ ...current, ...next }))}
          errors={pathErrors}
          capabilities={model}
        />
      )}
      {modeCaps.elements && (
        <ElementsField
          value={{ elements: state.elements ?? [], prompt: state.prompt }}
          onChange={(next) => onChange((current) => ({ ...current, ...next }))}
          options={elementOptionsFor(props.provider.id, media.elements)}
          syntax={referenceSyntaxOf(model.promptReferenceSyntax)}
          errors={pathErrors}
          count={{ used: state.elements?.length ?? 0, max: modeCaps.elements.max }}
          canAdd={(state.elements?.length ?? 0) < modeCaps.elements.max}
          promptInput={promptInput}
        />
      )}
      {offersVoices(props) && (
        <VoicePicker
          value={{ voices: state.voices, prompt: state.prompt }}
          onChange={(next) => {
            onChange((current) => ({ ...current, ...next }));
            // A voice is spoken: the video needs sound, so choosing one turns it on.
            if (next.voices.length > 0 && !settings.audio) onSettingsChange({ audio: true });
          }}
          errors={pathErrors}
          capabilities={model}
          promptInput={promptInput}
        />
      )}
    </div>
  );
}
