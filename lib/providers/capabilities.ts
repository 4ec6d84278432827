import type { AspectRatio, GenerationMode, Quality } from "./canonical";
import type { ProviderId } from "./ids";
import type { MediaKind, MediaRole } from "./schema/media";

// Plain, serialisable data describing what a provider and model accept, for the UI to render forms
// and for validators to share limits. Validators remain the authority: combinations that a table
// cannot express are explained in `note` and enforced there.

export type DurationRule = { kind: "range"; min: number; max: number } | { kind: "set"; values: number[] };

/** How a setting relates to a mode: must be given, may be given, is accepted but has no effect, must not be given. */
export type Requirement = "required" | "optional" | "ignored" | "forbidden";

export type CountRange = { min: number; max: number };

export type ModeCapabilities = {
  durations: DurationRule;
  /** Tighter durations when a video is among the inputs (e.g. 3–10 s instead of 3–15 s). */
  durationsWithVideo?: DurationRule;
  defaultDuration?: number;
  aspectRatio: Requirement;
  /** Roles this mode accepts, with how many of each; absent roles are not accepted. */
  media: Partial<Record<MediaRole, CountRange>>;
  /** Elements allowed in this mode; `sharedWithRole`: the limit counts those media too (images + elements ≤ max). */
  elements?: { max: number; sharedWithRole?: MediaRole };
  audio: Requirement;
  storyboard: Requirement;
  keepOriginalSound: boolean;
  note?: string;
};

export type ModelCapabilities = {
  model: string;
  label: string;
  /** The Kling model it serves (e.g. "kling-v3"), shared by providers of the same model: failover moves within it. */
  family?: string;
  modes: Partial<Record<GenerationMode, ModeCapabilities>>;
  qualities: readonly Quality[];
  defaultQuality?: Quality;
  aspectRatios: readonly AspectRatio[];
  defaultAspectRatio?: AspectRatio;
  /** Longer prompts are refused or, with `promptOverflow: "truncated"`, cut by the provider. */
  promptMaxLength: number;
  promptOverflow: "rejected" | "truncated";
  negativePrompt: boolean;
  cameraControl: boolean;
  motionBrush: boolean;
  voices: { max: number } | false;
  storyboard: { maxShots: number; shotPromptMaxLength: number; splits: readonly ("intelligent" | "custom")[] } | false;
  /** "catalogue": elements are ids from the provider's library; "inline": built from name, description, images. */
  elements: { source: "catalogue" | "inline" } | false;
  watermark: boolean;
  /** How prompts reference media and elements, e.g. "<<<image_1>>>" or "@name"; absent if they cannot. */
  promptReferenceSyntax?: string;
};

/**
 * How a provider holds the team's elements: `library` creates each in the provider's element library and
 * refers to it by id; `inline` sends name, description and images with every request; `catalogue` takes
 * ids an admin registers by hand; `any` takes the studio's own ids (the simulator).
 */
export type TeamElementRules = {
  hosting: "library" | "inline" | "catalogue" | "any";
  nameMaxLength?: number;
  descriptionMaxLength?: number;
  descriptionRequired?: boolean;
  /** Reference images besides the frontal one. */
  referImages?: { min: number; max: number };
  /** All images, the frontal one included. */
  images?: { min: number; max: number };
  imageRules?: ImageRules;
};

export type ImageRules = {
  formats: readonly string[];
  minSide: number;
  maxSide: number;
  /** Narrowest and widest width/height ratios, e.g. 1/2.5 and 2.5. */
  minAspect: number;
  maxAspect: number;
  maxBytes: number;
  allowAlpha: boolean;
};

export type VideoRules = {
  formats: readonly string[];
  minSeconds: number;
  maxSeconds: number;
  minSide: number;
  maxSide: number;
  maxBytes: number;
  minFps: number;
  maxFps: number;
};

/**
 * What members' media must satisfy: checked in the browser before an upload, and by the provider's
 * validator again on the server. Absent: the provider's documentation states no limit.
 */
export type MediaRules = {
  image?: ImageRules;
  video?: VideoRules;
  /** Reference images + elements allowed together once a video is among the inputs. */
  referencesWithVideo?: number;
  /** Motion control: the action video's longest duration per character orientation. */
  actionSecondsByOrientation?: Readonly<Record<"image" | "video", number>>;
};

/** How often the engine asks about one task, where a provider differs from the engine's defaults. */
export type PollCadence = {
  minIntervalMs: number;
  maxIntervalMs: number;
  windowIntervalMs: number;
  lateBackoff: number;
};

/** How long a task usually takes, before the studio has measured any (milliseconds from submission). */
export type TypicalDuration = { expectedMs: number; earliestMs: number; latestMs: number };

export type ProviderCapabilities = {
  provider: ProviderId;
  label: string;
  models: readonly ModelCapabilities[];
  /** Kinds of media that may be sent inline as data: URLs; the others must be public http(s) URLs. */
  base64Media: readonly MediaKind[];
  /** Whether the provider charges for generations: canceling one asks first, as it may still be billed. */
  billed: boolean;
  /** Whether submit honours `callbackUrl`; without it the task engine must poll. */
  callbacks: boolean;
  cancel: boolean;
  /** Whether a task can be found again from the caller's idempotency key after an unknown create outcome. */
  idempotentLookup: boolean;
  elementLibrary: boolean;
  /** How the team's elements exist here and the rules one must meet; absent: this provider takes none. */
  teamElements?: TeamElementRules;
  /**
   * Runs on the studio's own machine (the simulator): it can fetch the studio's private addresses,
   * and hands its results over as local files.
   */
  runsInStudio: boolean;
  /**
   * Polling guidance from the provider's documentation; `cadence` where it differs from the engine's default;
   * `batch` where one query asks about many tasks (`getMany`): how many at most, and the requests it takes.
   */
  polling: {
    intervalSeconds: number;
    maxQueriesPerSecond?: number;
    taskTtlHours?: number;
    cadence?: PollCadence;
    batch?: { tasks: number; requests: number };
  };
  /**
   * Models whose tasks share the account's concurrency slots (Kling: per resource pack). With a limit configured
   * (`<PREFIX>_CONCURRENCY`) or learned from a refusal, the task engine keeps tasks waiting for a free slot.
   */
  concurrencyFamilies?: Readonly<Record<string, string>>;
  /** Before any generation was measured; absent: the documented "1 to 5 minutes" of the real providers. */
  typicalDuration?: TypicalDuration;
  /** The media rules of every mode, with what differs in some modes under `byMode`. */
  mediaRules: MediaRules & { byMode?: Partial<Record<GenerationMode, MediaRules>> };
};

/** A provider's media rules in one mode. */
export function mediaRulesFor(capabilities: ProviderCapabilities, mode: GenerationMode): MediaRules {
  const { byMode, ...everyMode } = capabilities.mediaRules;
  return { ...everyMode, ...byMode?.[mode] };
}

export function durationAllowed(rule: DurationRule, seconds: number): boolean {
  return rule.kind === "range" ? seconds >= rule.min && seconds <= rule.max : rule.values.includes(seconds);
}

export function describeDurations(rule: DurationRule): string {
  return rule.kind === "range" ? `${rule.min} to ${rule.max} seconds` : `${rule.values.join(", ")} seconds`;
}

/** The allowed durations as values alone ("3–15", "5 / 10"), for a sentence in any language. */
export function durationParams(rule: DurationRule): { allowed: string } {
  return { allowed: rule.kind === "range" ? `${rule.min}–${rule.max}` : rule.values.join(" / ") };
}
