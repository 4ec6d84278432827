"use client";

import { useTranslations } from "next-intl";
import type { ModeCapabilities } from "@/lib/providers";
import type { ElementRef, MediaItem } from "@/lib/providers";
import type { ImageRules, VideoRules } from "@/lib/providers";
import { checkImageFacts } from "@/lib/studio/media/image-checks";
import type { MediaFacts } from "@/lib/studio/media/media-checks";
import {
  errorsAt,
  errorsExactly,
  firstWithRole,
  missingMediaPath,
  moveWithinRole,
  setSingle,
  withRole,
} from "@/lib/studio/media/media-list";
import { followInputs, mediaTokens, referenceSyntaxOf } from "@/lib/studio/media/prompt-tokens";
import { overBudget, referenceBudget } from "@/lib/studio/media/reference-budget";
import { checkVideoFacts } from "@/lib/studio/media/video-checks";
import { ErrorList } from "./check-list";
import { ElementsField } from "./elements-field";
import { insertIntoPrompt, type PromptInputRef } from "./prompt-insert";
import { ReferenceImages } from "./reference-images";
import { KeepSoundToggle } from "./keep-sound-toggle";
import type { ElementOption, MediaEditorProps } from "./types";
import { BUTTON, UploadField } from "./upload-field";

export type ReferenceValue = { media: MediaItem[]; elements: ElementRef[]; prompt: string };

export type ReferenceCapabilities = {
  mode: Pick<ModeCapabilities, "media" | "elements" | "keepOriginalSound">;
  /** The model's `promptReferenceSyntax`: numbered tokens, `@name` mentions, or none. */
  promptReferenceSyntax?: string;
  /** Images + elements allowed together once a video is present (Kling: 4); only in the tables' notes. */
  referencesWithVideo?: number;
  imageRules?: ImageRules;
  videoRules?: VideoRules;
};

type ReferenceEditorProps = MediaEditorProps<ReferenceValue, ReferenceCapabilities> & {
  /** Team library and provider presets the picker offers. */
  elements: readonly ElementOption[];
  /** The page's prompt textarea, to insert tokens at its caret. */
  promptInput?: PromptInputRef;
};

/**
 * Reference images, an optional feature video (and first frame) and elements, counted live against
 * the provider's limits. Reordering or removing inputs rewrites the prompt's tokens to follow them.
 * Writes `media` (roles refer, feature, first_frame), `elements` and `prompt`.
 */
export function ReferenceEditor({
  value,
  onChange,
  errors,
  capabilities,
  disabled,
  elements: options,
  promptInput,
}: ReferenceEditorProps) {
  const t = useTranslations("media");
  const { mode, imageRules, videoRules } = capabilities;
  const syntax = referenceSyntaxOf(capabilities.promptReferenceSyntax);
  const videos = [...withRole(value.media, "feature"), ...withRole(value.media, "base")];
  const budget = referenceBudget(
    mode,
    { images: withRole(value.media, "refer").length, elements: value.elements.length, videos: videos.length },
    capabilities.referencesWithVideo,
  );
  const checkImage = imageRules ? (facts: MediaFacts) => checkImageFacts(facts, imageRules) : undefined;
  const checkVideo = videoRules ? (facts: MediaFacts) => checkVideoFacts(facts, videoRules) : undefined;
  const feature = firstWithRole(value.media, "feature");
  const firstFrame = firstWithRole(value.media, "first_frame");

  /** Tokens follow their inputs only on removal and reordering: additions never shift existing numbers. */
  const change = (next: Partial<Omit<ReferenceValue, "prompt">>, renumber: boolean) => {
    const media = next.media ?? value.media;
    const elements = next.elements ?? value.elements;
    const prompt =
      renumber && syntax === "numbered" ? followInputs(value.prompt, value, { media, elements }) : value.prompt;
    onChange({ media, elements, prompt });
  };
  const insert = (token: string) =>
    insertIntoPrompt(value.prompt, token, promptInput, (prompt) => onChange({ ...value, prompt }));
  const featureToken = syntax === "numbered" && feature ? mediaTokens(value.media)[feature.index] : undefined;
  const shared = budget.shared;
  return (
    <fieldset className="space-y-5" data-field="media" disabled={disabled}>
      <legend className="mb-1 text-sm font-medium text-zinc-200">{t("reference.legend")}</legend>
      {shared && (
        <p
          aria-live="polite"
          className={`text-sm tabular-nums ${overBudget(budget) ? "text-red-400" : "text-zinc-400"}`}
        >
          {shared.used > shared.max
            ? t("reference.countOver", { ...shared, over: shared.used - shared.max })
            : t("reference.count", shared)}
          {capabilities.referencesWithVideo !== undefined &&
            mode.media.feature &&
            ` · ${t("reference.withVideoLimit", { max: capabilities.referencesWithVideo })}`}
        </p>
      )}
      {syntax === "numbered" && <p className="text-xs text-zinc-500">{t("reference.tokensHint")}</p>}
      {mode.media.refer && (
        <ReferenceImages
          media={value.media}
          errors={errors}
          canAdd={budget.canAddImage}
          check={checkImage}
          numbered={syntax === "numbered"}
          onAdd={(item) => change({ media: [...value.media, item] }, false)}
          onRemove={(position) => {
            const removed = withRole(value.media, "refer")[position]?.index;
            change({ media: value.media.filter((_, index) => index !== removed) }, true);
          }}
          onMove={(from, to) => change({ media: moveWithinRole(value.media, "refer", from, to) }, true)}
          onInsert={insert}
          disabled={disabled}
        />
      )}
      {mode.media.feature && (
        <UploadField
          role="feature"
          label={t("reference.video")}
          value={feature?.item}
          // Replacing the video keeps `<<<video_1>>>` on the new one; removing it drops the token.
          onChange={(item) => change({ media: setSingle(value.media, "feature", item) }, !item)}
          check={checkVideo}
          errors={feature ? errorsAt(errors, `media[${feature.index}]`) : []}
          disabled={disabled}
        >
          <div className="flex flex-wrap items-center gap-3">
            {featureToken && (
              <button
                type="button"
                className={BUTTON}
                onClick={() => insert(featureToken)}
                aria-label={t("reference.insert", { token: featureToken })}
              >
                {t("reference.insertButton")} <code className="text-xs">{featureToken}</code>
              </button>
            )}
            {mode.keepOriginalSound && feature && (
              <KeepSoundToggle
                item={feature.item}
                onChange={(item) => change({ media: setSingle(value.media, "feature", item) }, false)}
                label={t("reference.keepSound")}
              />
            )}
          </div>
        </UploadField>
      )}
      {mode.media.first_frame && (
        <UploadField
          role="first_frame"
          label={t("reference.firstFrame")}
          value={firstFrame?.item}
          onChange={(item) => change({ media: setSingle(value.media, "first_frame", item) }, false)}
          check={checkImage}
          errors={firstFrame ? errorsAt(errors, `media[${firstFrame.index}]`) : []}
          disabled={disabled}
        />
      )}
      {mode.elements && (
        <ElementsField
          value={{ elements: value.elements, prompt: value.prompt }}
          onChange={(next) => onChange({ media: value.media, ...next })}
          options={options}
          syntax={syntax}
          errors={errors}
          count={budget.elements}
          canAdd={budget.canAddElement}
          promptInput={promptInput}
          disabled={disabled}
        />
      )}
      <ErrorList errors={errorsExactly(errors, "media")} />
      {/* "Needs a reference" sits by "add an image" when there is one (ReferenceImages), else here. */}
      {!(mode.media.refer && budget.canAddImage) && (
        <ErrorList errors={errorsExactly(errors, missingMediaPath("refer"))} />
      )}
    </fieldset>
  );
}
