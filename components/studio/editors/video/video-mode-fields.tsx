"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import type { ElementRef } from "@/lib/providers";
import type { MediaItem } from "@/lib/providers";
import { VideoEditor } from "../../media/video-editor";
import { useMediaErrors } from "../media-errors";
import { usePromptTokenOptions } from "../prompt-token-options";
import { PromptWithTokens } from "../../fields/token-assist";
import type { ModeEditorProps } from "../mode-editor";
import { NegativePromptField } from "../negative-prompt-field";
import { elementOptionsFor } from "../reference/element-options";
import { MainPromptField } from "../main-prompt-field";

/** What edit and extend share: a prompt, the input video, and for edit reference images and elements. */
export type VideoModeState = {
  prompt: string;
  negativePrompt: string;
  media: MediaItem[];
  elements: ElementRef[];
  extendDirection?: "next" | "previous";
};

const MEDIA_FIELDS = ["media", "elements", "extendDirection"];

export function VideoModeFields<State extends VideoModeState>(
  props: ModeEditorProps<State> & { kind: "edit" | "extend" },
) {
  const { state, onChange, errors, model, modeCaps, provider, media, kind } = props;
  const t = useTranslations();
  const promptInput = useRef<HTMLTextAreaElement>(null);
  const pathErrors = useMediaErrors(errors, MEDIA_FIELDS);
  const tokens = usePromptTokenOptions(state, model.promptReferenceSyntax);
  return (
    <div className="space-y-6">
      <VideoEditor
        value={{
          media: state.media,
          elements: state.elements,
          prompt: state.prompt,
          extendDirection: state.extendDirection,
        }}
        onChange={(next) => onChange((current) => ({ ...current, ...next }))}
        errors={pathErrors}
        capabilities={{
          kind,
          mode: modeCaps,
          promptReferenceSyntax: model.promptReferenceSyntax,
          referencesWithVideo: media.rules.referencesWithVideo,
          imageRules: media.rules.image,
          videoRules: media.rules.video,
        }}
        elements={kind === "edit" ? elementOptionsFor(provider.id, media.elements) : []}
        promptInput={promptInput}
      />
      <MainPromptField
        state={state}
        onChange={onChange}
        model={model}
        errors={errors}
        hint={t(`modeEditors.${kind}.promptHint`)}
        inputRef={promptInput}
        tokens={tokens}
        Field={PromptWithTokens}
      />
      <NegativePromptField {...props} />
    </div>
  );
}

export const VIDEO_MODE_FIELD_KEYS = ["prompt", "negativePrompt", ...MEDIA_FIELDS];
