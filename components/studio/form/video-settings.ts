import { durationAllowed, type DurationRule } from "@/lib/providers/browser";
import type { AspectRatio, GenerationRequest, GenerationRequestInput, Quality } from "@/lib/providers";
import type { ProviderId } from "@/lib/providers";
import { defaultChoice } from "@/lib/studio/provider-choices";
import type { ModelContext, ProviderChoice } from "@/lib/studio/types";

export { defaultChoice };

/** The settings every mode shares, driven by the capability tables. */
export type VideoSettings = {
  provider: ProviderId;
  model: string;
  quality?: Quality;
  aspectRatio?: AspectRatio;
  duration: number;
  audio: boolean;
  watermark: boolean;
};

/** A setting that did not survive a change of provider or model, for the notice listing them. */
export type DroppedSetting =
  | { setting: "quality"; from: Quality; to: Quality }
  | { setting: "split"; from: "custom" | "intelligent"; to: "custom" | "intelligent" }
  | { setting: "aspectRatio" | "duration" | "shots"; from: string; to: string }
  | { setting: "aspectRatioRemoved"; from: string }
  | {
      setting:
        "audio" | "watermark" | "negativePrompt" | "cameraControl" | "motionBrush" | "voices" | "elements" | "media";
    };

export function durationChoices(rule: DurationRule): number[] {
  if (rule.kind === "set") return [...rule.values].sort((a, b) => a - b);
  return Array.from({ length: rule.max - rule.min + 1 }, (_, index) => rule.min + index);
}

function defaultDuration({ modeCaps }: ModelContext): number {
  const { durations, defaultDuration } = modeCaps;
  return defaultDuration !== undefined && durationAllowed(durations, defaultDuration)
    ? defaultDuration
    : durationChoices(durations)[0]!;
}

export const showsAspectRatio = ({ modeCaps }: ModelContext) => modeCaps.aspectRatio !== "forbidden";
export const showsAudio = ({ modeCaps }: ModelContext) =>
  modeCaps.audio === "optional" || modeCaps.audio === "required";

export function contextFor(choices: ProviderChoice[], providerId: string, modelId?: string): ModelContext | undefined {
  const provider = choices.find((choice) => choice.id === providerId);
  const model = provider?.models.find((candidate) => candidate.model === modelId) ?? provider?.models[0];
  const modeCaps = model && Object.values(model.modes)[0];
  return provider && model && modeCaps ? { provider, model, modeCaps } : undefined;
}

export function initialSettings(context: ModelContext, from?: GenerationRequest): VideoSettings {
  const { provider, model, modeCaps } = context;
  const fresh: VideoSettings = {
    provider: provider.id,
    model: model.model,
    quality: model.defaultQuality ?? model.qualities[0],
    aspectRatio: showsAspectRatio(context) ? (model.defaultAspectRatio ?? model.aspectRatios[0]) : undefined,
    duration: defaultDuration(context),
    audio: modeCaps.audio === "required",
    watermark: false,
  };
  if (!from) return fresh;
  // A remix keeps the earlier choices, then the usual rules put right whatever no longer applies.
  const remixed: VideoSettings = {
    ...fresh,
    quality: from.quality ?? fresh.quality,
    aspectRatio: from.aspectRatio ?? fresh.aspectRatio,
    duration: from.duration ?? fresh.duration,
    audio: from.audio ?? fresh.audio,
    watermark: from.watermark ?? fresh.watermark,
  };
  return adaptSettings(remixed, context).settings;
}

/** Keeps every setting the new provider and model still offer; resets the rest and says what changed. */
export function adaptSettings(
  settings: VideoSettings,
  context: ModelContext,
): { settings: VideoSettings; dropped: DroppedSetting[] } {
  const { provider, model, modeCaps } = context;
  const next: VideoSettings = { ...settings, provider: provider.id, model: model.model };
  const dropped: DroppedSetting[] = [];

  if (!settings.quality || !model.qualities.includes(settings.quality)) {
    next.quality = model.defaultQuality ?? model.qualities[0];
    if (settings.quality && next.quality)
      dropped.push({ setting: "quality", from: settings.quality, to: next.quality });
  }
  if (!showsAspectRatio(context)) {
    next.aspectRatio = undefined;
    if (settings.aspectRatio) dropped.push({ setting: "aspectRatioRemoved", from: settings.aspectRatio });
  } else if (!settings.aspectRatio || !model.aspectRatios.includes(settings.aspectRatio)) {
    next.aspectRatio = model.defaultAspectRatio ?? model.aspectRatios[0];
    if (settings.aspectRatio && next.aspectRatio)
      dropped.push({ setting: "aspectRatio", from: settings.aspectRatio, to: next.aspectRatio });
  }
  if (!durationAllowed(modeCaps.durations, settings.duration)) {
    next.duration = defaultDuration(context);
    dropped.push({ setting: "duration", from: String(settings.duration), to: String(next.duration) });
  }
  if (!showsAudio(context) && settings.audio) {
    next.audio = false;
    dropped.push({ setting: "audio" });
  } else if (modeCaps.audio === "required") {
    next.audio = true;
  }
  if (!model.watermark && settings.watermark) {
    next.watermark = false;
    dropped.push({ setting: "watermark" });
  }
  return { settings: next, dropped };
}

/** The shared part of the canonical request; settings a provider does not offer are left out. */
export function settingsToRequest(
  settings: VideoSettings,
  context: ModelContext,
): Omit<GenerationRequestInput, "mode"> {
  return {
    provider: settings.provider,
    model: settings.model,
    quality: settings.quality,
    aspectRatio: showsAspectRatio(context) ? settings.aspectRatio : undefined,
    duration: settings.duration,
    audio: showsAudio(context) ? settings.audio : undefined,
    watermark: context.model.watermark ? settings.watermark : undefined,
  };
}
