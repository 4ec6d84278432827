import type { CameraControl, GenerationRequest, MediaItem, MediaRole } from "../canonical";
import { KLING_OMNI_MODELS } from "./capabilities";

// The create bodies of the Kling AI developer docs. The model is `model_name` in the body; the endpoint follows
// from the kind of task: text2video, image2video, omni-video or motion-control.

export const KLING_ENDPOINTS = ["text2video", "image2video", "omni-video", "motion-control"] as const;
export type KlingEndpoint = (typeof KLING_ENDPOINTS)[number];

type YesNo = "yes" | "no";
type Shot = { index: number; prompt: string; duration: string };

export type KlingBody = Record<string, unknown> & { model_name: string; external_task_id?: string };
export type SubmitExtras = { idempotencyKey?: string; callbackUrl?: string };

/** Kling takes Base64 without the data: prefix; URLs go as they are. */
export function wireImage(url: string): string {
  return url.startsWith("data:") ? url.slice(url.indexOf(",") + 1).replace(/\s+/g, "") : url;
}

const yesNo = (keep: boolean | undefined): YesNo | undefined => (keep === undefined ? undefined : keep ? "yes" : "no");
const first = (request: GenerationRequest, role: MediaRole): MediaItem | undefined =>
  request.media.find((item) => item.role === role);

/** Only what was chosen is sent, so Kling's defaults apply otherwise. */
function compact<T extends object>(body: T): T {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as T;
}

export function klingEndpoint(request: GenerationRequest): KlingEndpoint {
  if (KLING_OMNI_MODELS.has(request.model)) return "omni-video";
  if (request.mode === "motion_control") return "motion-control";
  return request.mode === "text" || request.mode === "storyboard" ? "text2video" : "image2video";
}

function shared(request: GenerationRequest, extras: SubmitExtras) {
  return {
    model_name: request.model,
    mode: request.quality,
    duration: request.duration === undefined ? undefined : String(request.duration),
    sound: request.audio === undefined ? undefined : request.audio ? "on" : "off",
    watermark_info: request.watermark === undefined ? undefined : { enabled: request.watermark },
    // The generation's own id: "must be unique within a single user account", and a task can be queried by it.
    external_task_id: extras.idempotencyKey,
    callback_url: extras.callbackUrl,
  };
}

function multiShot(request: GenerationRequest) {
  const board = request.storyboard;
  if (!board?.multiShot) return {};
  const custom = board.split === "custom";
  const shots: Shot[] | undefined = custom
    ? board.shots.map((shot, index) => ({ index: index + 1, prompt: shot.prompt, duration: String(shot.duration) }))
    : undefined;
  return { multi_shot: true, shot_type: custom ? "customize" : "intelligence", multi_prompt: shots };
}

// The omni-video FAQ: extending is a feature video and a prompt asking for the next or previous shot.
const EXTEND_SENTENCE = {
  next: "Based on <<<video_1>>>, generate the next shot.",
  previous: "Based on <<<video_1>>>, generate the previous shot.",
};

function omniPrompt(request: GenerationRequest): string | undefined {
  if (request.mode !== "extend" || !request.extendDirection) return request.prompt;
  const text = request.prompt?.trim();
  return text ? `${EXTEND_SENTENCE[request.extendDirection]} ${text}` : EXTEND_SENTENCE[request.extendDirection];
}

function toOmniBody(request: GenerationRequest, extras: SubmitExtras): KlingBody {
  const images = request.media.flatMap((item) => {
    if (item.role === "first_frame") return [{ image_url: wireImage(item.url), type: "first_frame" }];
    if (item.role === "last_frame") return [{ image_url: wireImage(item.url), type: "end_frame" }];
    return item.role === "refer" ? [{ image_url: wireImage(item.url) }] : [];
  });
  const videos = request.media.flatMap((item) =>
    item.role === "base" || item.role === "feature"
      ? [compact({ video_url: item.url, refer_type: item.role, keep_original_sound: yesNo(item.keepOriginalSound) })]
      : [],
  );
  return compact({
    ...shared(request, extras),
    ...multiShot(request),
    prompt: omniPrompt(request),
    image_list: images.length > 0 ? images : undefined,
    element_list: elementList(request),
    video_list: videos.length > 0 ? videos : undefined,
    aspect_ratio: request.aspectRatio,
  });
}

function elementList(request: GenerationRequest) {
  // Element ids are 64-bit ("long"): sent as strings of digits, as the image-to-video example does, so none is lost.
  return request.elements.length > 0 ? request.elements.map((element) => ({ element_id: element.id })) : undefined;
}

function cameraControl(control: CameraControl | undefined) {
  return control && compact({ type: control.type, config: control.config });
}

function toMotionBody(request: GenerationRequest, extras: SubmitExtras): KlingBody {
  const action = first(request, "action");
  return compact({
    ...shared(request, extras),
    duration: undefined,
    sound: undefined,
    image_url: wireImage(first(request, "character")?.url ?? ""),
    video_url: action?.url ?? "",
    character_orientation: request.characterOrientation,
    keep_original_sound: yesNo(action?.keepOriginalSound),
    prompt: request.prompt,
  });
}

function toImageBody(request: GenerationRequest, extras: SubmitExtras): KlingBody {
  const image = first(request, "first_frame");
  const tail = first(request, "last_frame");
  const mask = (index: number) => wireImage(request.media[index]?.url ?? "");
  const brush = request.motionBrush;
  return compact({
    ...shared(request, extras),
    image: image && wireImage(image.url),
    image_tail: tail && wireImage(tail.url),
    prompt: request.prompt,
    negative_prompt: request.negativePrompt,
    element_list: elementList(request),
    voice_list: request.voices.length > 0 ? request.voices.map((voice) => ({ voice_id: voice.voiceId })) : undefined,
    camera_control: cameraControl(request.cameraControl),
    static_mask: brush?.staticMask === undefined ? undefined : mask(brush.staticMask),
    dynamic_masks:
      brush && brush.dynamicMasks.length > 0
        ? brush.dynamicMasks.map((dynamic) => ({ mask: mask(dynamic.mask), trajectories: dynamic.trajectory }))
        : undefined,
  });
}

function toTextBody(request: GenerationRequest, extras: SubmitExtras): KlingBody {
  return compact({
    ...shared(request, extras),
    ...multiShot(request),
    prompt: request.prompt,
    negative_prompt: request.negativePrompt,
    aspect_ratio: request.aspectRatio,
    camera_control: cameraControl(request.cameraControl),
  });
}

/** A validated canonical request as the endpoint to call and its body. */
export function toKlingCreate(
  request: GenerationRequest,
  extras: SubmitExtras = {},
): { endpoint: KlingEndpoint; body: KlingBody } {
  const endpoint = klingEndpoint(request);
  const build = {
    "omni-video": toOmniBody,
    "motion-control": toMotionBody,
    image2video: toImageBody,
    text2video: toTextBody,
  };
  return { endpoint, body: build[endpoint](request, extras) };
}
