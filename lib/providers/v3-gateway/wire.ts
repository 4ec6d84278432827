import type { GenerationRequest } from "../canonical";

// The create body of the /v1/video/generations gateway's API reference.

export type V3GatewayModelName = `kling-v3-${"std" | "pro"}-${"silent" | "audio"}`;

export type V3GatewayCreateBody = {
  model: V3GatewayModelName;
  prompt?: string;
  image?: string;
  last_image?: string;
  aspect_ratio?: "16:9" | "9:16" | "1:1";
  duration?: number;
  extra_body?: {
    cfg_scale?: number;
    shot_type?: "customize" | "intelligent";
    negative_prompt?: string;
    multi_prompt?: { prompt: string }[];
  };
};

/**
 * Settings the gateway takes that the canonical request has no field for yet. `cfgScale` (Kling's
 * "relevance", 0–1) appears in every seed example; until the canonical request carries it the
 * adapter sends none and the gateway's default applies.
 */
export type V3GatewayTuning = { cfgScale?: number };

/** std unless pro was chosen; silent unless audio was asked for (validation has refused 4k). */
export function v3GatewayModelName(request: GenerationRequest): V3GatewayModelName {
  return `kling-v3-${request.quality === "pro" ? "pro" : "std"}-${request.audio ? "audio" : "silent"}`;
}

/**
 * Maps a validated canonical request to the gateway's body. Only settings the caller chose are sent.
 * The shot type follows the storyboard's split even without shots (the documentation's text and image
 * examples send one alone); shots go out as prompt-only `multi_prompt` entries, as the gateway
 * has no per-shot duration.
 */
export function toV3GatewayBody(request: GenerationRequest, tuning: V3GatewayTuning = {}): V3GatewayCreateBody {
  const body: V3GatewayCreateBody = { model: v3GatewayModelName(request) };
  if (request.prompt?.trim()) body.prompt = request.prompt;
  const first = request.media.find((item) => item.role === "first_frame");
  const last = request.media.find((item) => item.role === "last_frame");
  if (first) body.image = first.url;
  if (last) body.last_image = last.url;
  if (request.aspectRatio !== undefined) body.aspect_ratio = request.aspectRatio;
  if (request.duration !== undefined) body.duration = request.duration;

  const extra: NonNullable<V3GatewayCreateBody["extra_body"]> = {};
  if (tuning.cfgScale !== undefined) extra.cfg_scale = tuning.cfgScale;
  const storyboard = request.storyboard;
  if (storyboard) extra.shot_type = storyboard.split === "custom" ? "customize" : "intelligent";
  if (request.negativePrompt !== undefined) extra.negative_prompt = request.negativePrompt;
  if (storyboard?.multiShot && storyboard.shots.length > 0)
    extra.multi_prompt = storyboard.shots.map((shot) => ({ prompt: shot.prompt }));
  if (Object.keys(extra).length > 0) body.extra_body = extra;
  return body;
}
