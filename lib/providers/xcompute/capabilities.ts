import type { ModeCapabilities, ModelCapabilities, ProviderCapabilities } from "../capabilities";
import type { Quality } from "../canonical";
import { KLING_IMAGE_RULES } from "../rules/kling-media";

// Everything here is from xcompute's "Kling v3 视频生成" reference. Where it is silent, the
// comment says what we chose.

export const XCOMPUTE_MODEL = "kling-v3";
export const XCOMPUTE_MODELS = [XCOMPUTE_MODEL] as const;

export const XCOMPUTE_LIMITS = {
  durations: { kind: "range", min: 3, max: 15 },
  defaultDuration: 5,
  defaultQuality: "std",
  // Not in xcompute's Kling v3 video generation reference: Kling v3's prompt limit (DashScope's Kling video API reference), a warning since xcompute's handling is unknown.
  promptMaxLength: 2500,
  maxShots: 6,
  shotPromptMaxLength: 512,
  maxElements: 3,
  elementImages: { min: 2, max: 4 },
  /** The "功能支持矩阵" of xcompute's API reference: the quality/duration pairs it confirms. */
  confirmedDurations: { std: [5, 10, 15], pro: [5, 10], "4k": [] } satisfies Record<Quality, number[]>,
} as const;

const matrixNote =
  "Confirmed by xcompute: std 5/10/15 s, pro 5/10 s. Other durations (3–15 s) and 4k are documented but unconfirmed: allowed with a warning.";

const textMode: ModeCapabilities = {
  durations: XCOMPUTE_LIMITS.durations,
  defaultDuration: XCOMPUTE_LIMITS.defaultDuration,
  aspectRatio: "optional",
  media: {},
  audio: "optional",
  // Xcompute's Kling v3 video generation reference does not tie multi-shot to text: shots are allowed with frames and elements too.
  storyboard: "optional",
  keepOriginalSound: false,
  note: matrixNote,
};

const elements = { max: XCOMPUTE_LIMITS.maxElements };
const imageNote = `The aspect ratio may be overridden by the image's. ${matrixNote}`;

const v3: ModelCapabilities = {
  model: XCOMPUTE_MODEL,
  family: "kling-v3",
  label: "Kling v3",
  modes: {
    text: textMode,
    storyboard: { ...textMode, storyboard: "required", elements },
    first_frame: {
      ...textMode,
      aspectRatio: "ignored",
      media: { first_frame: { min: 1, max: 1 } },
      elements,
      note: imageNote,
    },
    first_last: {
      ...textMode,
      aspectRatio: "ignored",
      media: { first_frame: { min: 1, max: 1 }, last_frame: { min: 1, max: 1 } },
      elements,
      note: imageNote,
    },
    // Text with inline elements ("@name" in the prompt); xcompute has no reference images or videos.
    reference: {
      ...textMode,
      elements,
      note: `Elements only (1–3), each referenced in the prompt as @name. ${matrixNote}`,
    },
  },
  qualities: ["std", "pro", "4k"],
  defaultQuality: XCOMPUTE_LIMITS.defaultQuality,
  aspectRatios: ["16:9", "9:16", "1:1"],
  defaultAspectRatio: "16:9",
  promptMaxLength: XCOMPUTE_LIMITS.promptMaxLength,
  promptOverflow: "truncated",
  negativePrompt: true,
  cameraControl: false,
  motionBrush: false,
  voices: false,
  storyboard: {
    maxShots: XCOMPUTE_LIMITS.maxShots,
    shotPromptMaxLength: XCOMPUTE_LIMITS.shotPromptMaxLength,
    splits: ["intelligent", "custom"],
  },
  elements: { source: "inline" },
  watermark: true,
  promptReferenceSyntax: "@name (the element's name)",
};

export const XCOMPUTE_CAPABILITIES: ProviderCapabilities = {
  provider: "xcompute",
  label: "xcompute",
  models: [v3],
  // Xcompute's Kling v3 video generation reference: public image URLs without hotlink protection.
  base64Media: [],
  billed: true,
  runsInStudio: false,
  callbacks: false,
  cancel: false,
  idempotentLookup: false,
  elementLibrary: false,
  // Xcompute's Kling v3 reference: an inline element has a name, a description and 2–4 images, the first frontal.
  teamElements: {
    hosting: "inline",
    descriptionRequired: true,
    images: XCOMPUTE_LIMITS.elementImages,
    imageRules: KLING_IMAGE_RULES,
  },
  // Xcompute's Kling v3 video generation reference links its status page without reproducing it: no interval or TTL is known.
  polling: { intervalSeconds: 10 },
  // xcompute's Kling v3 reference states no limits on images (URLs only); the provider checks them.
  mediaRules: {},
};
