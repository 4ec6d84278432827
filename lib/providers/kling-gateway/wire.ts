import type { CameraControl, GenerationRequest, MediaItem, MediaRole } from "../canonical";
import { KLING_OMNI_MODEL, KLING_V26_MODEL } from "./capabilities";

// The create bodies of the Kling gateway's API reference (POST /v1/videos). One endpoint: the gateway routes by model and,
// for Kling-V2.6, by fields (action_control → motion control; image/image_tail → image-to-video).

type YesNo = "yes" | "no";
type Quality = "std" | "pro";
type AspectRatio = "16:9" | "9:16" | "1:1";

/** Sent on every create: the caller's idempotency key and callback address. */
export type KlingGatewayTaskOptions = { external_task_id?: string; callback_url?: string };

export type OmniBody = KlingGatewayTaskOptions & {
  model: typeof KLING_OMNI_MODEL;
  prompt: string;
  first_frame_url?: string;
  last_frame_url?: string;
  reference_images?: string[];
  element_list?: { element_id: string }[];
  video_list?: { video_url: string; refer_type: "base" | "feature"; keep_original_sound?: YesNo }[];
  mode?: Quality;
  aspect_ratio?: AspectRatio;
  seconds?: string;
};

type WireCameraControl = { type: CameraControl["type"]; config?: NonNullable<CameraControl["config"]> };

export type V26TextBody = KlingGatewayTaskOptions & {
  model: typeof KLING_V26_MODEL;
  prompt: string;
  negative_prompt?: string;
  sound?: "on" | "off";
  mode?: Quality;
  aspect_ratio?: AspectRatio;
  seconds?: string;
  camera_control?: WireCameraControl;
};

export type V26ImageBody = Omit<V26TextBody, "prompt" | "aspect_ratio"> & {
  image?: string;
  image_tail?: string;
  prompt?: string;
  voice_list?: { voice_id: string }[];
  static_mask?: string;
  dynamic_masks?: { mask: string; trajectories: { x: number; y: number }[] }[];
};

export type V26MotionBody = KlingGatewayTaskOptions & {
  model: typeof KLING_V26_MODEL;
  action_control: true;
  image_url: string;
  video_url: string;
  mode: Quality;
  character_orientation: "image" | "video";
  prompt?: string;
  keep_original_sound?: YesNo;
};

export type KlingGatewayCreateBody = OmniBody | V26TextBody | V26ImageBody | V26MotionBody;

export type SubmitExtras = { idempotencyKey?: string; callbackUrl?: string };

// The documentation's extend example says what to make in words: "基于<<<video_1>>>,生成下一个镜头".
const EXTEND_SENTENCE = {
  next: "基于<<<video_1>>>,生成下一个镜头",
  previous: "基于<<<video_1>>>,生成上一个镜头",
} as const;
export const EXTEND_DIRECTION_WORDS = { next: /下一个镜头|next shot/i, previous: /上一个镜头|previous shot/i } as const;

/**
 * The gateway has no field for the extension's direction: the documentation's example writes it in the
 * prompt. A prompt that already states it is sent as is; otherwise the documentation's sentence leads it.
 */
export function extendPrompt(prompt: string | undefined, direction: "next" | "previous"): string {
  const text = prompt?.trim() ?? "";
  if (EXTEND_DIRECTION_WORDS[direction].test(text)) return text;
  return text ? `${EXTEND_SENTENCE[direction]}:${text}` : EXTEND_SENTENCE[direction];
}

/** Kling takes Base64 without the data: prefix; URLs go as they are. */
export function wireImage(url: string): string {
  return url.startsWith("data:") ? url.slice(url.indexOf(",") + 1).replace(/\s+/g, "") : url;
}

const yesNo = (keep: boolean | undefined): YesNo | undefined => (keep === undefined ? undefined : keep ? "yes" : "no");
const first = (request: GenerationRequest, role: MediaRole): MediaItem | undefined =>
  request.media.find((item) => item.role === role);

/** Only what was chosen is sent, so the gateway's defaults apply otherwise; undefined keys are dropped. */
function compact<T extends object>(body: T): T {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as T;
}

function taskOptions(extras: SubmitExtras): KlingGatewayTaskOptions {
  return { external_task_id: extras.idempotencyKey, callback_url: extras.callbackUrl };
}

const quality = (request: GenerationRequest): Quality | undefined =>
  request.quality === "std" || request.quality === "pro" ? request.quality : undefined;
const seconds = (request: GenerationRequest) => (request.duration === undefined ? undefined : String(request.duration));

function toOmniBody(request: GenerationRequest, extras: SubmitExtras): OmniBody {
  const references = request.media.filter((item) => item.role === "refer").map((item) => wireImage(item.url));
  const videos = request.media.flatMap((item) =>
    item.role === "base" || item.role === "feature"
      ? [compact({ video_url: item.url, refer_type: item.role, keep_original_sound: yesNo(item.keepOriginalSound) })]
      : [],
  );
  const firstFrame = first(request, "first_frame");
  const lastFrame = first(request, "last_frame");
  return compact({
    model: KLING_OMNI_MODEL,
    prompt:
      request.mode === "extend" && request.extendDirection
        ? extendPrompt(request.prompt, request.extendDirection)
        : (request.prompt ?? ""),
    first_frame_url: firstFrame && wireImage(firstFrame.url),
    last_frame_url: lastFrame && wireImage(lastFrame.url),
    reference_images: references.length > 0 ? references : undefined,
    element_list:
      request.elements.length > 0 ? request.elements.map((element) => ({ element_id: element.id })) : undefined,
    video_list: videos.length > 0 ? videos : undefined,
    mode: quality(request),
    aspect_ratio: request.aspectRatio,
    seconds: seconds(request),
    ...taskOptions(extras),
  });
}

function toMotionBody(request: GenerationRequest, extras: SubmitExtras): V26MotionBody {
  const action = first(request, "action");
  return compact({
    model: KLING_V26_MODEL,
    action_control: true,
    image_url: wireImage(first(request, "character")?.url ?? ""),
    video_url: action?.url ?? "",
    // Validation made both required.
    mode: quality(request) ?? "std",
    character_orientation: request.characterOrientation ?? "image",
    prompt: request.prompt,
    keep_original_sound: yesNo(action?.keepOriginalSound),
    ...taskOptions(extras),
  });
}

function cameraControl(control: CameraControl | undefined): WireCameraControl | undefined {
  return control && compact({ type: control.type, config: control.config });
}

function toV26Body(request: GenerationRequest, extras: SubmitExtras): V26TextBody | V26ImageBody {
  const shared = {
    model: KLING_V26_MODEL,
    negative_prompt: request.negativePrompt,
    sound: request.audio === undefined ? undefined : request.audio ? "on" : "off",
    mode: quality(request),
    seconds: seconds(request),
    camera_control: cameraControl(request.cameraControl),
    ...taskOptions(extras),
  } as const;
  if (request.mode === "text")
    return compact({ ...shared, prompt: request.prompt ?? "", aspect_ratio: request.aspectRatio });

  const image = first(request, "first_frame");
  const tail = first(request, "last_frame");
  const mask = (index: number) => wireImage(request.media[index]?.url ?? "");
  const brush = request.motionBrush;
  return compact({
    ...shared,
    image: image && wireImage(image.url),
    image_tail: tail && wireImage(tail.url),
    prompt: request.prompt,
    voice_list: request.voices.length > 0 ? request.voices.map((voice) => ({ voice_id: voice.voiceId })) : undefined,
    static_mask: brush?.staticMask === undefined ? undefined : mask(brush.staticMask),
    dynamic_masks:
      brush && brush.dynamicMasks.length > 0
        ? brush.dynamicMasks.map((dynamic) => ({ mask: mask(dynamic.mask), trajectories: dynamic.trajectory }))
        : undefined,
  });
}

/** Maps a validated canonical request to the gateway's create body. */
export function toKlingGatewayBody(request: GenerationRequest, extras: SubmitExtras = {}): KlingGatewayCreateBody {
  if (request.model === KLING_OMNI_MODEL) return toOmniBody(request, extras);
  if (request.mode === "motion_control") return toMotionBody(request, extras);
  return toV26Body(request, extras);
}
