import type {
  ImageRules,
  ModeCapabilities,
  ModelCapabilities,
  ProviderCapabilities,
  VideoRules,
} from "../capabilities";
import { KLING_IMAGE_RULES, KLING_VIDEO_RULES } from "../rules/kling-media";

// Everything here is from DashScope's Kling video API reference and the aliyun-kling-video client skill (which wraps it).

export const DASHSCOPE_STANDARD_MODEL = "kling/kling-v3-video-generation";
export const DASHSCOPE_OMNI_MODEL = "kling/kling-v3-omni-video-generation";
export const DASHSCOPE_MODELS = [DASHSCOPE_STANDARD_MODEL, DASHSCOPE_OMNI_MODEL] as const;
export type DashScopeModel = (typeof DASHSCOPE_MODELS)[number];

export const DASHSCOPE_LIMITS = {
  durations: { kind: "range", min: 3, max: 15 },
  durationsWithVideo: { kind: "range", min: 3, max: 10 },
  defaultDuration: 5,
  promptMaxLength: 2500,
  maxShots: 6,
  shotPromptMaxLength: 512,
  /** Elements with a first frame (or first + last frame). */
  elementsWithFrames: 3,
  /** Reference images + elements, without and with a video. */
  referencesWithoutVideo: 7,
  referencesWithVideo: 4,
} as const;

// DashScope states exactly Kling's limits, transparency refused (DashScope's Kling video API reference).
export const DASHSCOPE_IMAGE_RULES: ImageRules = KLING_IMAGE_RULES;

export const DASHSCOPE_VIDEO_RULES: VideoRules = KLING_VIDEO_RULES;

const textMode: ModeCapabilities = {
  durations: DASHSCOPE_LIMITS.durations,
  defaultDuration: 5,
  aspectRatio: "required",
  media: {},
  audio: "optional",
  storyboard: "forbidden",
  keepOriginalSound: false,
};

const frameModes = (elements: boolean): Pick<ModelCapabilities["modes"], "first_frame" | "first_last"> => ({
  first_frame: {
    ...textMode,
    aspectRatio: "ignored",
    media: { first_frame: { min: 1, max: 1 } },
    elements: elements ? { max: DASHSCOPE_LIMITS.elementsWithFrames } : undefined,
    note: "The video takes the first frame's aspect ratio.",
  },
  first_last: {
    ...textMode,
    aspectRatio: "ignored",
    media: { first_frame: { min: 1, max: 1 }, last_frame: { min: 1, max: 1 } },
    elements: elements ? { max: DASHSCOPE_LIMITS.elementsWithFrames } : undefined,
    note: "The video takes the first frame's aspect ratio.",
  },
});

const shared = {
  qualities: ["std", "pro"],
  defaultQuality: "pro",
  aspectRatios: ["16:9", "9:16", "1:1"],
  defaultAspectRatio: "16:9",
  promptMaxLength: DASHSCOPE_LIMITS.promptMaxLength,
  promptOverflow: "truncated",
  negativePrompt: true,
  cameraControl: false,
  motionBrush: false,
  voices: false,
  storyboard: {
    maxShots: DASHSCOPE_LIMITS.maxShots,
    shotPromptMaxLength: DASHSCOPE_LIMITS.shotPromptMaxLength,
    splits: ["intelligent", "custom"],
  },
  watermark: true,
} as const satisfies Partial<ModelCapabilities>;

const standard: ModelCapabilities = {
  ...shared,
  model: DASHSCOPE_STANDARD_MODEL,
  family: "kling-v3",
  label: "Kling v3",
  modes: { text: textMode, storyboard: { ...textMode, storyboard: "required" }, ...frameModes(false) },
  // The aliyun-kling-video client skill: element_list is "omni model only".
  elements: false,
};

const omni: ModelCapabilities = {
  ...shared,
  model: DASHSCOPE_OMNI_MODEL,
  family: "kling-v3-omni",
  label: "Kling v3 Omni",
  modes: {
    text: textMode,
    storyboard: { ...textMode, storyboard: "required" },
    ...frameModes(true),
    reference: {
      ...textMode,
      durationsWithVideo: DASHSCOPE_LIMITS.durationsWithVideo,
      media: { refer: { min: 0, max: 7 }, feature: { min: 0, max: 1 }, first_frame: { min: 0, max: 1 } },
      elements: { max: DASHSCOPE_LIMITS.referencesWithoutVideo, sharedWithRole: "refer" },
      keepOriginalSound: true,
      note: "Combinations: feature video; reference images/elements (≤ 7 together); feature video + reference images/elements (≤ 4 together); feature video + first frame (aspect ratio then follows the first frame). Audio must be off with a video.",
    },
    edit: {
      ...textMode,
      durations: DASHSCOPE_LIMITS.durationsWithVideo,
      aspectRatio: "ignored",
      media: { base: { min: 1, max: 1 }, refer: { min: 0, max: 4 } },
      elements: { max: DASHSCOPE_LIMITS.referencesWithVideo, sharedWithRole: "refer" },
      audio: "forbidden",
      keepOriginalSound: true,
      note: "Reference images and elements: at most 4 together. The video keeps the base video's aspect ratio.",
    },
  },
  elements: { source: "catalogue" },
  promptReferenceSyntax: "<<<image_N>>>, <<<video_N>>>, <<<element_N>>> (numbered in media and element order)",
};

/** Tasks per page of the batch query (its default is 10; the page says nothing of a maximum). */
export const DASHSCOPE_LIST_PAGE_SIZE = 100;

export const DASHSCOPE_CAPABILITIES: ProviderCapabilities = {
  provider: "dashscope",
  label: "Alibaba Cloud Model Studio (DashScope)",
  models: [standard, omni],
  // DashScope's Kling video API reference: media URLs are HTTP or HTTPS only.
  base64Media: [],
  billed: true,
  runsInStudio: false,
  // Callbacks are configured per account in the console, not per request, so the engine polls.
  callbacks: false,
  cancel: true,
  idempotentLookup: false,
  elementLibrary: false,
  // DashScope's omni reference: element_list names ids from Kling's catalogue; there is no API to create one.
  teamElements: { hosting: "catalogue" },
  // "Manage asynchronous tasks": the batch query lists the account's tasks by status, 100 a page here (one page of
  // PENDING, one of RUNNING); it gives statuses only, so finished tasks are asked about alone for their results.
  polling: {
    intervalSeconds: 15,
    maxQueriesPerSecond: 20,
    taskTtlHours: 24,
    batch: { tasks: DASHSCOPE_LIST_PAGE_SIZE * 2, requests: 2 },
  },
  mediaRules: {
    image: DASHSCOPE_IMAGE_RULES,
    video: DASHSCOPE_VIDEO_RULES,
    referencesWithVideo: DASHSCOPE_LIMITS.referencesWithVideo,
  },
};
