import type {
  TeamElementRules,
  DurationRule,
  ImageRules,
  ModeCapabilities,
  ModelCapabilities,
  ProviderCapabilities,
  VideoRules,
} from "../capabilities";
import {
  KLING_ACTION_SECONDS_BY_ORIENTATION,
  KLING_ACTION_VIDEO_RULES,
  KLING_IMAGE_RULES,
  KLING_VIDEO_RULES,
} from "../rules/kling-media";

export { KLING_ACTION_VIDEO_RULES };

// Everything here is from the Kling gateway's API reference.

export const KLING_OMNI_MODEL = "Kling-Video-O1";
export const KLING_V26_MODEL = "Kling-V2.6";
export const KLING_GATEWAY_MODELS = [KLING_OMNI_MODEL, KLING_V26_MODEL] as const;

/** Omni: seconds 3–10, but text-to-video and first-frame image-to-video only 5 or 10 (as Kling-V2.6). */
const OMNI_DURATIONS: DurationRule = { kind: "range", min: 3, max: 10 };
const FIVE_OR_TEN: DurationRule = { kind: "set", values: [5, 10] };

export const KLING_GATEWAY_LIMITS = {
  promptMaxLength: 2500,
  /** Omni: images (frames and reference images) + elements, with and without a video. */
  referencesWithVideo: 4,
  referencesWithoutVideo: 7,
  /** Omni: with more than this many images there can be no last frame. */
  imagesWithLastFrame: 2,
  /** Motion control: the action video's longest duration by character orientation. */
  actionSecondsByOrientation: KLING_ACTION_SECONDS_BY_ORIENTATION,
} as const;

/** Images of every model (frames, reference images, masks): jpg/jpeg/png, ≤ 10 MB, ≥ 300 px, 1:2.5–2.5:1. */
export const KLING_GATEWAY_IMAGE_RULES: ImageRules = {
  ...KLING_IMAGE_RULES,
  // The documentation gives no upper bound except for motion control's 65536 px, which no real image reaches.
  maxSide: 65536,
  // The documentation says nothing about transparency.
  allowAlpha: true,
};

/** Omni's input video (edit base, feature reference, shot to extend). */
export const KLING_OMNI_VIDEO_RULES: VideoRules = KLING_VIDEO_RULES;

const omniText: ModeCapabilities = {
  durations: FIVE_OR_TEN,
  defaultDuration: 5,
  aspectRatio: "required",
  media: {},
  audio: "forbidden",
  storyboard: "forbidden",
  keepOriginalSound: false,
};

const omniFrameNote =
  "The video takes the first frame's aspect ratio. Images + elements ≤ 7; more than 2 images rule out a last frame.";

const omni: ModelCapabilities = {
  model: KLING_OMNI_MODEL,
  family: "kling-video-o1",
  label: "Kling O1 (Omni)",
  modes: {
    text: omniText,
    first_frame: {
      ...omniText,
      aspectRatio: "forbidden",
      media: { first_frame: { min: 1, max: 1 } },
      elements: { max: KLING_GATEWAY_LIMITS.referencesWithoutVideo - 1 },
      note: omniFrameNote,
    },
    first_last: {
      ...omniText,
      durations: OMNI_DURATIONS,
      aspectRatio: "forbidden",
      media: { first_frame: { min: 1, max: 1 }, last_frame: { min: 1, max: 1 } },
      elements: { max: KLING_GATEWAY_LIMITS.referencesWithoutVideo - 2 },
      note: omniFrameNote,
    },
    reference: {
      ...omniText,
      durations: OMNI_DURATIONS,
      media: { refer: { min: 0, max: 7 }, feature: { min: 0, max: 1 }, first_frame: { min: 0, max: 1 } },
      elements: { max: KLING_GATEWAY_LIMITS.referencesWithoutVideo, sharedWithRole: "refer" },
      keepOriginalSound: true,
      note: "Images + elements ≤ 7, or ≤ 4 with a feature (style/camera) video. Aspect ratio required, except with a first frame, which sets it.",
    },
    edit: {
      ...omniText,
      durations: OMNI_DURATIONS,
      defaultDuration: undefined,
      aspectRatio: "forbidden",
      media: { base: { min: 1, max: 1 }, refer: { min: 0, max: 4 } },
      elements: { max: KLING_GATEWAY_LIMITS.referencesWithVideo, sharedWithRole: "refer" },
      keepOriginalSound: true,
      note: "The video lasts as long as the base video and keeps its aspect ratio: neither can be set. Images + elements ≤ 4.",
    },
    extend: {
      ...omniText,
      durations: OMNI_DURATIONS,
      aspectRatio: "optional",
      media: { feature: { min: 1, max: 1 } },
      keepOriginalSound: true,
      note: "The next or previous shot of the video; the direction is written into the prompt, as the documentation's example does.",
    },
  },
  qualities: ["std", "pro"],
  defaultQuality: "pro",
  aspectRatios: ["16:9", "9:16", "1:1"],
  promptMaxLength: KLING_GATEWAY_LIMITS.promptMaxLength,
  promptOverflow: "rejected",
  negativePrompt: false,
  cameraControl: false,
  motionBrush: false,
  voices: false,
  storyboard: false,
  elements: { source: "catalogue" },
  watermark: false,
  promptReferenceSyntax: "<<<image_N>>>, <<<element_N>>>, <<<video_1>>> (numbered from 1 in list order)",
};

const v26Text: ModeCapabilities = {
  durations: FIVE_OR_TEN,
  defaultDuration: 5,
  aspectRatio: "optional",
  media: {},
  audio: "optional",
  storyboard: "forbidden",
  keepOriginalSound: false,
  note: 'Camera control: a predefined move, or "simple" with exactly one non-zero axis.',
};

const v26: ModelCapabilities = {
  model: KLING_V26_MODEL,
  family: "kling-v2-6",
  label: "Kling 2.6",
  modes: {
    text: v26Text,
    first_frame: {
      ...v26Text,
      aspectRatio: "forbidden",
      media: { first_frame: { min: 1, max: 1 }, mask: { min: 0, max: 7 } },
      note: "Motion brush (static mask, ≤ 6 dynamic masks) or camera control, not both. Voices (≤ 2, referenced as <<<voice_N>>>) need sound on.",
    },
    first_last: {
      ...v26Text,
      aspectRatio: "forbidden",
      media: { first_frame: { min: 1, max: 1 }, last_frame: { min: 1, max: 1 } },
      note: "A last frame rules out the motion brush and camera control. Voices (≤ 2) need sound on.",
    },
    motion_control: {
      ...v26Text,
      durations: { kind: "range", min: 3, max: KLING_GATEWAY_LIMITS.actionSecondsByOrientation.video },
      defaultDuration: undefined,
      aspectRatio: "forbidden",
      media: { character: { min: 1, max: 1 }, action: { min: 1, max: 1 } },
      audio: "forbidden",
      keepOriginalSound: true,
      note: "Quality and character orientation are required. The video follows the action video: ≤ 10 s when facing as in the image, ≤ 30 s when facing as in the video.",
    },
  },
  qualities: ["std", "pro"],
  defaultQuality: "std",
  aspectRatios: ["16:9", "9:16", "1:1"],
  defaultAspectRatio: "16:9",
  promptMaxLength: KLING_GATEWAY_LIMITS.promptMaxLength,
  promptOverflow: "rejected",
  negativePrompt: true,
  cameraControl: true,
  motionBrush: true,
  voices: { max: 2 },
  storyboard: false,
  elements: false,
  watermark: false,
  promptReferenceSyntax: "<<<voice_N>>> (numbered from 1 in voice order)",
};

/** The Kling gateway's element library (主体管理): name ≤ 10, description ≤ 100, one frontal and 1–3 other images. */
export const KLING_GATEWAY_ELEMENT_RULES = {
  hosting: "library",
  nameMaxLength: 10,
  descriptionMaxLength: 100,
  descriptionRequired: true,
  referImages: { min: 1, max: 3 },
  imageRules: KLING_IMAGE_RULES,
} as const satisfies TeamElementRules;

export const KLING_GATEWAY_CAPABILITIES: ProviderCapabilities = {
  provider: "kling-gateway",
  label: "Kling gateway",
  models: [omni, v26],
  // Images may be Base64 (sent without the data: prefix); videos must be URLs.
  base64Media: ["image"],
  billed: true,
  runsInStudio: false,
  callbacks: true,
  cancel: false,
  // external_task_id: the documentation says a task can be queried by it.
  idempotentLookup: true,
  elementLibrary: true,
  teamElements: KLING_GATEWAY_ELEMENT_RULES,
  // The Kling gateway's API reference: poll every 3–5 s; result videos are deleted after 30 days.
  polling: { intervalSeconds: 4, taskTtlHours: 30 * 24 },
  mediaRules: {
    image: KLING_GATEWAY_IMAGE_RULES,
    video: KLING_OMNI_VIDEO_RULES,
    referencesWithVideo: KLING_GATEWAY_LIMITS.referencesWithVideo,
    actionSecondsByOrientation: KLING_GATEWAY_LIMITS.actionSecondsByOrientation,
    byMode: { motion_control: { video: KLING_ACTION_VIDEO_RULES } },
  },
};

export function klingGatewayModel(model: string): ModelCapabilities | undefined {
  return KLING_GATEWAY_CAPABILITIES.models.find((candidate) => candidate.model === model);
}
