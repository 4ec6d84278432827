import type {
  ImageRules,
  ModeCapabilities,
  ModelCapabilities,
  ProviderCapabilities,
  VideoRules,
} from "../capabilities";
import { KLING_ACTION_SECONDS_BY_ORIENTATION, KLING_IMAGE_RULES, KLING_VIDEO_RULES } from "../rules/kling-media";

// The simulator accepts everything any real provider accepts, so the UI can exercise every
// editor. Limits are the union of the real providers' (as their API references state them): the loosest
// bound any of them allows, so a request the simulator refuses would be refused everywhere.

export const SIMULATOR_MODEL = "kling-simulator";
export const SIMULATOR_MODELS = [SIMULATOR_MODEL] as const;

export const SIMULATOR_LIMITS = {
  durations: { kind: "range", min: 3, max: 15 },
  /** Every provider that takes a video input caps the output at 10 s. */
  durationsWithVideo: { kind: "range", min: 3, max: 10 },
  defaultDuration: 5,
  promptMaxLength: 2500,
  negativePromptMaxLength: 2500,
  maxShots: 6,
  shotPromptMaxLength: 512,
  /** Reference images + elements, without and with a video (Kling O1, DashScope omni). */
  referencesWithoutVideo: 7,
  referencesWithVideo: 4,
  /** Elements next to a first frame (DashScope) or in text-to-video (xcompute). */
  elementsWithoutReferences: 3,
  maxVoices: 2,
} as const;

export const SIMULATOR_IMAGE_RULES: ImageRules = {
  ...KLING_IMAGE_RULES,
  // Only DashScope refuses transparency; motion-brush masks commonly have it.
  allowAlpha: true,
};

export const SIMULATOR_VIDEO_RULES: VideoRules = {
  ...KLING_VIDEO_RULES,
  // Kling-V2.6 motion control takes action videos up to 30 s, of 340–3850 px.
  maxSeconds: 30,
  minSide: 340,
  maxSide: 3850,
};

const RENDERS_REQUESTED_RATIO =
  "The simulator renders the requested aspect ratio; real providers follow the input image or video.";

const textMode: ModeCapabilities = {
  durations: SIMULATOR_LIMITS.durations,
  defaultDuration: SIMULATOR_LIMITS.defaultDuration,
  aspectRatio: "optional",
  media: {},
  elements: { max: SIMULATOR_LIMITS.elementsWithoutReferences },
  audio: "optional",
  storyboard: "forbidden",
  keepOriginalSound: false,
};

// As with Kling's own models, a video input decides the shape of the result: no ratio to choose.
const videoMode = (mode: Pick<ModeCapabilities, "media" | "elements" | "note">): ModeCapabilities => ({
  ...textMode,
  aspectRatio: "forbidden",
  durations: SIMULATOR_LIMITS.durationsWithVideo,
  keepOriginalSound: true,
  ...mode,
});

const modes: ModelCapabilities["modes"] = {
  text: textMode,
  storyboard: { ...textMode, storyboard: "required" },
  first_frame: {
    ...textMode,
    media: { first_frame: { min: 1, max: 1 }, mask: { min: 0, max: 7 } },
    // v3-gateway sends multi-shot prompts with a first frame.
    storyboard: "optional",
    note: `Motion brush (masks), camera control and a last frame exclude each other. ${RENDERS_REQUESTED_RATIO}`,
  },
  first_last: {
    ...textMode,
    media: { first_frame: { min: 1, max: 1 }, last_frame: { min: 1, max: 1 } },
    note: RENDERS_REQUESTED_RATIO,
  },
  reference: {
    ...textMode,
    durationsWithVideo: SIMULATOR_LIMITS.durationsWithVideo,
    media: {
      refer: { min: 0, max: SIMULATOR_LIMITS.referencesWithoutVideo },
      feature: { min: 0, max: 1 },
      first_frame: { min: 0, max: 1 },
    },
    elements: { max: SIMULATOR_LIMITS.referencesWithoutVideo, sharedWithRole: "refer" },
    keepOriginalSound: true,
    note: "Reference images and elements: at most 7 together, 4 with a feature video.",
  },
  edit: videoMode({
    media: { base: { min: 1, max: 1 }, refer: { min: 0, max: SIMULATOR_LIMITS.referencesWithVideo } },
    elements: { max: SIMULATOR_LIMITS.referencesWithVideo, sharedWithRole: "refer" },
    note: "Reference images and elements: at most 4 together. The result takes the video's aspect ratio.",
  }),
  extend: videoMode({
    media: { feature: { min: 1, max: 1 } },
    elements: { max: SIMULATOR_LIMITS.referencesWithVideo },
    note: "The result takes the video's aspect ratio.",
  }),
  motion_control: videoMode({
    media: { character: { min: 1, max: 1 }, action: { min: 1, max: 1 } },
    elements: undefined,
    note: "The result takes the action video's aspect ratio.",
  }),
};

const simulatorModel: ModelCapabilities = {
  model: SIMULATOR_MODEL,
  label: "Kling simulator",
  modes,
  qualities: ["std", "pro", "4k"],
  defaultQuality: "std",
  aspectRatios: ["16:9", "9:16", "1:1"],
  defaultAspectRatio: "16:9",
  promptMaxLength: SIMULATOR_LIMITS.promptMaxLength,
  promptOverflow: "truncated",
  negativePrompt: true,
  cameraControl: true,
  motionBrush: true,
  voices: { max: SIMULATOR_LIMITS.maxVoices },
  storyboard: {
    maxShots: SIMULATOR_LIMITS.maxShots,
    shotPromptMaxLength: SIMULATOR_LIMITS.shotPromptMaxLength,
    splits: ["intelligent", "custom"],
  },
  elements: { source: "catalogue" },
  watermark: true,
  promptReferenceSyntax:
    "<<<image_N>>>, <<<video_N>>>, <<<element_N>>>, <<<voice_N>>> (shown, not interpreted); [simulate:<outcome>] picks a simulated outcome",
};

export const SIMULATOR_CAPABILITIES: ProviderCapabilities = {
  provider: "simulator",
  label: "Simulator (no real generation)",
  models: [simulatorModel],
  base64Media: ["image", "video"],
  billed: false,
  runsInStudio: true,
  callbacks: false,
  cancel: true,
  idempotentLookup: true,
  elementLibrary: false,
  teamElements: { hosting: "any" },
  // Local files: polling costs nothing, and tasks finish in seconds.
  polling: {
    intervalSeconds: 2,
    maxQueriesPerSecond: 50,
    cadence: { minIntervalMs: 500, maxIntervalMs: 5_000, windowIntervalMs: 1_000, lateBackoff: 1.5 },
  },
  mediaRules: {
    image: SIMULATOR_IMAGE_RULES,
    video: SIMULATOR_VIDEO_RULES,
    referencesWithVideo: SIMULATOR_LIMITS.referencesWithVideo,
    // It stands in for Kling here: the orientation limits it emulates are Kling's.
    actionSecondsByOrientation: KLING_ACTION_SECONDS_BY_ORIENTATION,
  },
};
