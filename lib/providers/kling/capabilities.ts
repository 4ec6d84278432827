import type { DurationRule, ModeCapabilities, ModelCapabilities, ProviderCapabilities } from "../capabilities";
import {
  KLING_ACTION_SECONDS_BY_ORIENTATION,
  KLING_ACTION_VIDEO_RULES,
  KLING_IMAGE_RULES,
  KLING_VIDEO_RULES,
} from "../rules/kling-media";

// Everything here is from the Kling AI developer docs (video models' capability map, text to video, image to
// video, omni-video, motion control, concurrency rules).

export const KLING_V26 = "kling-v2-6";
export const KLING_V3 = "kling-v3";
export const KLING_V3_OMNI = "kling-v3-omni";
export const KLING_O1 = "kling-video-o1";
export const KLING_MODELS = [KLING_V3, KLING_V3_OMNI, KLING_V26, KLING_O1] as const;
export type KlingModel = (typeof KLING_MODELS)[number];

/** Omni models go to /v1/videos/omni-video; the others to text2video, image2video and motion-control. */
export const KLING_OMNI_MODELS: ReadonlySet<string> = new Set([KLING_V3_OMNI, KLING_O1]);

/**
 * Kling AI developer docs, concurrency rules: the account's limit is counted per resource pack, and packs are
 * bought per model family, so the models of one family share their slots.
 */
export const KLING_CONCURRENCY_FAMILY: Record<KlingModel, string> = {
  [KLING_V3]: "kling-v3",
  [KLING_V3_OMNI]: "kling-v3",
  [KLING_V26]: "kling-v2-6",
  [KLING_O1]: "kling-video-o1",
};

export const KLING_LIMITS = {
  promptMaxLength: 2500,
  shotPromptMaxLength: 512,
  maxShots: 6,
  referencesWithVideo: 4,
  referencesWithoutVideo: 7,
  /** image2video's element_list: "supports up to 3 reference elements". */
  imageToVideoElements: 3,
  /** Kling O1: more than two images rule out start and end frames. */
  o1ImagesWithFrames: 2,
  actionSecondsByOrientation: KLING_ACTION_SECONDS_BY_ORIENTATION,
} as const;

const THREE_TO_FIFTEEN: DurationRule = { kind: "range", min: 3, max: 15 };
const THREE_TO_TEN: DurationRule = { kind: "range", min: 3, max: 10 };
const FIVE_OR_TEN: DurationRule = { kind: "set", values: [5, 10] };

const text: ModeCapabilities = {
  durations: THREE_TO_FIFTEEN,
  defaultDuration: 5,
  aspectRatio: "optional",
  media: {},
  audio: "optional",
  storyboard: "forbidden",
  keepOriginalSound: false,
};

const storyboard: ModeCapabilities = {
  ...text,
  storyboard: "required",
  note: "Up to 6 shots of at most 512 characters each; the shots' durations add up to the video's.",
};

const firstFrame: ModeCapabilities = {
  ...text,
  aspectRatio: "forbidden",
  media: { first_frame: { min: 1, max: 1 } },
  note: "The video takes the first frame's aspect ratio.",
};

const firstLast: ModeCapabilities = {
  ...firstFrame,
  media: { first_frame: { min: 1, max: 1 }, last_frame: { min: 1, max: 1 } },
};

const motionControl: ModeCapabilities = {
  ...text,
  durations: { kind: "range", min: 3, max: KLING_ACTION_SECONDS_BY_ORIENTATION.video },
  defaultDuration: undefined,
  aspectRatio: "forbidden",
  media: { character: { min: 1, max: 1 }, action: { min: 1, max: 1 } },
  audio: "forbidden",
  keepOriginalSound: true,
  note: "Quality and character orientation are required. The video follows the action video: ≤ 10 s facing as in the image, ≤ 30 s as in the video.",
};

const v3: ModelCapabilities = {
  model: KLING_V3,
  family: "kling-v3",
  label: "Kling 3.0",
  modes: {
    text,
    storyboard,
    first_frame: { ...firstFrame, elements: { max: KLING_LIMITS.imageToVideoElements } },
    first_last: firstLast,
    motion_control: motionControl,
  },
  qualities: ["std", "pro", "4k"],
  defaultQuality: "std",
  aspectRatios: ["16:9", "9:16", "1:1"],
  defaultAspectRatio: "16:9",
  promptMaxLength: KLING_LIMITS.promptMaxLength,
  promptOverflow: "rejected",
  negativePrompt: true,
  cameraControl: false,
  motionBrush: false,
  voices: false,
  storyboard: { maxShots: KLING_LIMITS.maxShots, shotPromptMaxLength: 512, splits: ["custom", "intelligent"] },
  elements: { source: "catalogue" },
  watermark: true,
  promptReferenceSyntax: "<<<element_N>>> (numbered from 1 in list order)",
};

const omniText: ModeCapabilities = { ...text, aspectRatio: "required", audio: "optional" };
const omniReference: ModeCapabilities = {
  ...omniText,
  durationsWithVideo: THREE_TO_TEN,
  media: { refer: { min: 0, max: 7 }, feature: { min: 0, max: 1 }, first_frame: { min: 0, max: 1 } },
  elements: { max: KLING_LIMITS.referencesWithoutVideo, sharedWithRole: "refer" },
  keepOriginalSound: true,
  note: "Images + elements ≤ 7, or ≤ 4 with a feature video (then no sound is generated). Aspect ratio required, except with a first frame.",
};

const v3Omni: ModelCapabilities = {
  model: KLING_V3_OMNI,
  family: "kling-v3-omni",
  label: "Kling 3.0 Omni",
  modes: {
    text: omniText,
    storyboard: { ...storyboard, aspectRatio: "required" },
    first_frame: { ...firstFrame, elements: { max: KLING_LIMITS.referencesWithoutVideo - 1 } },
    first_last: { ...firstLast, elements: { max: 3 } },
    reference: omniReference,
    edit: {
      ...omniReference,
      defaultDuration: undefined,
      aspectRatio: "forbidden",
      audio: "forbidden",
      media: { base: { min: 1, max: 1 }, refer: { min: 0, max: 4 } },
      elements: { max: KLING_LIMITS.referencesWithVideo, sharedWithRole: "refer" },
      note: "The video lasts as long as the base video and keeps its aspect ratio. Images + elements ≤ 4.",
    },
    extend: {
      ...omniReference,
      aspectRatio: "optional",
      audio: "forbidden",
      media: { feature: { min: 1, max: 1 } },
      elements: undefined,
      note: "The next or previous shot of the video (the omni-video FAQ: a feature video and a prompt asking for it).",
    },
  },
  qualities: ["std", "pro", "4k"],
  defaultQuality: "pro",
  aspectRatios: ["16:9", "9:16", "1:1"],
  promptMaxLength: KLING_LIMITS.promptMaxLength,
  promptOverflow: "rejected",
  negativePrompt: false,
  cameraControl: false,
  motionBrush: false,
  voices: false,
  storyboard: { maxShots: KLING_LIMITS.maxShots, shotPromptMaxLength: 512, splits: ["custom", "intelligent"] },
  elements: { source: "catalogue" },
  watermark: true,
  promptReferenceSyntax: "<<<image_N>>>, <<<element_N>>>, <<<video_1>>> (numbered from 1 in list order)",
};

/** Kling O1: as Kling 3.0 Omni, but 3–10 s (text and first frame: 5 or 10), std/pro, no sound, no multi-shot. */
const o1: ModelCapabilities = {
  ...v3Omni,
  model: KLING_O1,
  family: "kling-video-o1",
  label: "Kling O1 (Omni)",
  modes: {
    text: { ...omniText, durations: FIVE_OR_TEN, audio: "forbidden" },
    first_frame: { ...v3Omni.modes.first_frame!, durations: FIVE_OR_TEN, audio: "forbidden" },
    first_last: { ...v3Omni.modes.first_last!, durations: THREE_TO_TEN, audio: "forbidden", elements: undefined },
    reference: { ...omniReference, durations: THREE_TO_TEN, audio: "forbidden" },
    edit: v3Omni.modes.edit,
    extend: { ...v3Omni.modes.extend!, durations: THREE_TO_TEN },
  },
  qualities: ["std", "pro"],
  storyboard: false,
};

/** Kling 2.6: sound from this model on; voices (≤ 2) in image to video; camera control and the motion brush. */
const v26: ModelCapabilities = {
  model: KLING_V26,
  family: "kling-v2-6",
  label: "Kling 2.6",
  modes: {
    text: { ...text, durations: FIVE_OR_TEN },
    first_frame: {
      ...firstFrame,
      durations: FIVE_OR_TEN,
      media: { first_frame: { min: 1, max: 1 }, mask: { min: 0, max: 7 } },
      note: "Motion brush (static mask, ≤ 6 dynamic masks), camera control or a last frame: one of them. Voices (≤ 2, <<<voice_N>>>) need sound on.",
    },
    first_last: { ...firstLast, durations: FIVE_OR_TEN },
    motion_control: motionControl,
  },
  qualities: ["std", "pro"],
  defaultQuality: "std",
  aspectRatios: ["16:9", "9:16", "1:1"],
  defaultAspectRatio: "16:9",
  promptMaxLength: KLING_LIMITS.promptMaxLength,
  promptOverflow: "rejected",
  negativePrompt: true,
  cameraControl: true,
  motionBrush: true,
  voices: { max: 2 },
  storyboard: false,
  elements: false,
  watermark: true,
  promptReferenceSyntax: "<<<voice_N>>> (numbered from 1 in voice order)",
};

export const KLING_CAPABILITIES: ProviderCapabilities = {
  provider: "kling",
  label: "Kling AI (official API)",
  models: [v3, v3Omni, v26, o1],
  // Images may be Base64 without the data: prefix; videos must be URLs.
  base64Media: ["image"],
  billed: true,
  runsInStudio: false,
  callbacks: true,
  cancel: false,
  // external_task_id: "supports querying task by this ID".
  idempotentLookup: true,
  elementLibrary: false,
  concurrencyFamilies: KLING_CONCURRENCY_FAMILY,
  // Element ids from the account's element library, registered by an admin.
  teamElements: { hosting: "catalogue" },
  // Queries are free of the concurrency count and have no QPS limit; result videos are deleted after 30 days.
  // One batch query answers for 50 tasks, so each task can be asked about often for little.
  polling: {
    intervalSeconds: 5,
    taskTtlHours: 30 * 24,
    cadence: { minIntervalMs: 2_000, maxIntervalMs: 15_000, windowIntervalMs: 4_000, lateBackoff: 1.3 },
    batch: { tasks: 50, requests: 1 },
  },
  mediaRules: {
    image: KLING_IMAGE_RULES,
    video: KLING_VIDEO_RULES,
    referencesWithVideo: KLING_LIMITS.referencesWithVideo,
    actionSecondsByOrientation: KLING_ACTION_SECONDS_BY_ORIENTATION,
    byMode: { motion_control: { video: KLING_ACTION_VIDEO_RULES } },
  },
};

export function klingModel(model: string): ModelCapabilities | undefined {
  return KLING_CAPABILITIES.models.find((candidate) => candidate.model === model);
}

/** The slots a model's tasks share at Kling (see KLING_CONCURRENCY_FAMILY). */
export function klingConcurrencyFamily(model: string): string {
  return KLING_CONCURRENCY_FAMILY[model as KlingModel] ?? model;
}
