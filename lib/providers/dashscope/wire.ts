import type { GenerationRequest } from "../canonical";

// The create body of DashScope's Kling video API reference, in DashScope's snake_case.

export type DashScopeMediaItem = {
  type: "first_frame" | "last_frame" | "refer" | "base" | "feature";
  url: string;
  keep_original_sound?: "yes" | "no";
};

export type DashScopeCreateBody = {
  model: string;
  input: {
    prompt: string;
    negative_prompt?: string;
    media?: DashScopeMediaItem[];
    multi_shot?: boolean;
    shot_type?: "intelligence" | "customize";
    multi_prompt?: { index: number; prompt: string; duration: number }[];
    element_list?: { element_id: number }[];
  };
  parameters: {
    mode?: "std" | "pro";
    aspect_ratio?: "16:9" | "9:16" | "1:1";
    duration?: number;
    audio?: boolean;
    watermark?: boolean;
  };
};

const WIRE_ROLES = new Set<string>(["first_frame", "last_frame", "refer", "base", "feature"]);

function isWireRole(role: string): role is DashScopeMediaItem["type"] {
  return WIRE_ROLES.has(role);
}

/**
 * Maps a validated canonical request to DashScope's body. Only settings the caller chose are sent,
 * so provider defaults apply otherwise. A prompt is always sent (the empty string when absent), and
 * a request with a storyboard carries the full multi-shot shape (media and element_list included,
 * even empty), as both of the multi-shot examples in DashScope's API reference do.
 */
export function toDashScopeBody(request: GenerationRequest): DashScopeCreateBody {
  const storyboard = request.storyboard;
  const media = request.media.flatMap((item): DashScopeMediaItem[] =>
    isWireRole(item.role)
      ? [
          {
            type: item.role,
            url: item.url,
            ...(item.keepOriginalSound !== undefined && { keep_original_sound: item.keepOriginalSound ? "yes" : "no" }),
          },
        ]
      : [],
  );
  const elements = request.elements.map((element) => ({ element_id: Number(element.id) }));

  const input: DashScopeCreateBody["input"] = { prompt: request.prompt ?? "" };
  if (request.negativePrompt !== undefined) input.negative_prompt = request.negativePrompt;
  if (media.length > 0 || storyboard) input.media = media;
  if (elements.length > 0 || storyboard) input.element_list = elements;
  if (storyboard) {
    input.multi_shot = storyboard.multiShot;
    input.shot_type = storyboard.split === "custom" ? "customize" : "intelligence";
    input.multi_prompt = storyboard.shots.map((shot, index) => ({
      index: index + 1,
      prompt: shot.prompt,
      duration: shot.duration,
    }));
  }

  const parameters: DashScopeCreateBody["parameters"] = {};
  // Validation has refused 4k for DashScope.
  if (request.quality === "std" || request.quality === "pro") parameters.mode = request.quality;
  if (request.aspectRatio !== undefined) parameters.aspect_ratio = request.aspectRatio;
  if (request.duration !== undefined) parameters.duration = request.duration;
  if (request.audio !== undefined) parameters.audio = request.audio;
  if (request.watermark !== undefined) parameters.watermark = request.watermark;

  return { model: request.model, input, parameters };
}
