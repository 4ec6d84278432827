import type { ModeCapabilities, ModelCapabilities, ProviderCapabilities } from "../capabilities";

// Everything here is from the v3 gateway's create reference. Where it is silent, the comment says
// what we chose.

/**
 * One canonical model: the gateway's four model names only encode quality and audio
 * (`kling-v3-{std|pro}-{silent|audio}`), which the canonical request already has.
 */
export const V3_GATEWAY_MODEL = "kling-v3";
export const V3_GATEWAY_MODELS = [V3_GATEWAY_MODEL] as const;

export const V3_GATEWAY_LIMITS = {
  durations: { kind: "range", min: 3, max: 15 },
  // Not in the /v1/video/generations gateway's API reference: Kling v3's own limits (DashScope's and xcompute's references), applied as warnings since the gateway's handling is unknown.
  promptMaxLength: 2500,
  shotPromptMaxLength: 512,
  // Not in the /v1/video/generations gateway's API reference: Kling v3's multi-shot limit.
  maxShots: 6,
} as const;

const textMode: ModeCapabilities = {
  durations: V3_GATEWAY_LIMITS.durations,
  // The seed marks duration required and gives no default, so the caller must choose.
  aspectRatio: "required",
  media: {},
  audio: "optional",
  storyboard: "optional",
  keepOriginalSound: false,
  note: "Duration is required (3–15 s). A shot type without shots is a hint to the model (customize or intelligent).",
};

const imageNote =
  "The aspect ratio may be ignored: the video follows the image. With custom shots the main prompt must be left out (each shot has its own); the gateway times the shots itself.";

const v3: ModelCapabilities = {
  model: V3_GATEWAY_MODEL,
  family: "kling-v3",
  label: "Kling v3",
  modes: {
    text: textMode,
    storyboard: {
      ...textMode,
      storyboard: "required",
      note: "The main prompt is required as well as the shots; the gateway times the shots itself.",
    },
    first_frame: { ...textMode, aspectRatio: "ignored", media: { first_frame: { min: 1, max: 1 } }, note: imageNote },
    first_last: {
      ...textMode,
      aspectRatio: "ignored",
      media: { first_frame: { min: 1, max: 1 }, last_frame: { min: 1, max: 1 } },
      note: imageNote,
    },
  },
  // 4k is not among the gateway's model names.
  qualities: ["std", "pro"],
  defaultQuality: "std",
  aspectRatios: ["16:9", "9:16", "1:1"],
  promptMaxLength: V3_GATEWAY_LIMITS.promptMaxLength,
  promptOverflow: "truncated",
  negativePrompt: true,
  cameraControl: false,
  motionBrush: false,
  voices: false,
  storyboard: {
    maxShots: V3_GATEWAY_LIMITS.maxShots,
    shotPromptMaxLength: V3_GATEWAY_LIMITS.shotPromptMaxLength,
    splits: ["intelligent", "custom"],
  },
  elements: false,
  watermark: false,
};

export const V3_GATEWAY_CAPABILITIES: ProviderCapabilities = {
  provider: "v3-gateway",
  label: "Kling v3 gateway",
  models: [v3],
  // The /v1/video/generations gateway's API reference names both images "URL".
  base64Media: [],
  billed: true,
  runsInStudio: false,
  callbacks: false,
  cancel: false,
  idempotentLookup: false,
  elementLibrary: false,
  // The /v1/video/generations gateway's API reference is silent; kling-gateway (the Kling gateway's API reference) suggests 3–5 s for the same kind of gateway.
  polling: { intervalSeconds: 5 },
  // The v3 gateway's reference states no limits on images (URLs only); the provider checks them.
  mediaRules: {},
};
