import type { ElementRef, GenerationRequest } from "../canonical";

// The create body of xcompute's Kling v3 video generation reference.

export type XComputeElement = { name: string; description: string; element_input_urls: string[] };

export type XComputeCreateBody = {
  model: string;
  prompt?: string;
  negative_prompt?: string;
  mode?: "std" | "pro" | "4k";
  /** A JSON number: xcompute's Kling v3 video generation reference warns that a quoted duration is an error. */
  duration?: number;
  aspect_ratio?: "16:9" | "9:16" | "1:1";
  size?: "16:9" | "9:16" | "1:1";
  image_urls?: string[];
  watermark?: boolean;
  audio?: boolean;
  multi_shot?: boolean;
  shot_type?: "customize" | "intelligence";
  multi_prompt?: { index: number; prompt: string; duration: number }[];
  element_list?: XComputeElement[];
};

/**
 * Which key carries the aspect ratio. Xcompute's Kling v3 video generation reference documents `aspect_ratio` (the default), while every
 * one of its examples sends `size` with the same values; a deployment that reads `size` is
 * configured with "size". It is a property of the deployment, not of a generation, so it is not in
 * the canonical request.
 */
export type XComputeAspectRatioField = "aspect_ratio" | "size";

export type XComputeWireOptions = { aspectRatioField?: XComputeAspectRatioField };

/** An inline element; validation has ensured name, description and 2–4 images. */
export function toXComputeElement(element: ElementRef): XComputeElement {
  return {
    name: element.name ?? "",
    description: element.description ?? "",
    element_input_urls: element.imageUrls ?? [],
  };
}

/**
 * Maps a validated canonical request to xcompute's body. Only settings the caller chose are sent,
 * so xcompute's defaults (std, 5 s, 16:9, no audio) apply otherwise. `image_urls` is always
 * [first] or [first, last], whatever the order of `media`.
 */
export function toXComputeBody(request: GenerationRequest, options: XComputeWireOptions = {}): XComputeCreateBody {
  const body: XComputeCreateBody = { model: request.model };
  if (request.prompt?.trim()) body.prompt = request.prompt;
  if (request.negativePrompt !== undefined) body.negative_prompt = request.negativePrompt;
  if (request.quality !== undefined) body.mode = request.quality;
  if (request.duration !== undefined) body.duration = request.duration;
  if (request.aspectRatio !== undefined) body[options.aspectRatioField ?? "aspect_ratio"] = request.aspectRatio;

  const frames = (["first_frame", "last_frame"] as const).flatMap((role) =>
    request.media.filter((item) => item.role === role).map((item) => item.url),
  );
  if (frames.length > 0) body.image_urls = frames;
  if (request.watermark !== undefined) body.watermark = request.watermark;
  if (request.audio !== undefined) body.audio = request.audio;

  const storyboard = request.storyboard;
  if (storyboard) {
    body.multi_shot = storyboard.multiShot;
    // shot_type is only meaningful (and required) with multi_shot=true.
    if (storyboard.multiShot) body.shot_type = storyboard.split === "custom" ? "customize" : "intelligence";
    if (storyboard.multiShot && storyboard.split === "custom") {
      body.multi_prompt = storyboard.shots.map((shot, index) => ({
        index: index + 1,
        prompt: shot.prompt,
        duration: shot.duration,
      }));
    }
  }
  if (request.elements.length > 0) body.element_list = request.elements.map(toXComputeElement);
  return body;
}
