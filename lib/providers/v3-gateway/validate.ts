import { describeDurations, durationParams, durationAllowed } from "../capabilities";
import type { GenerationRequest } from "../canonical";
import { mediaWithRole, ViolationList, type Violation } from "../validation";
import { customShotsApply } from "../rules/custom-shots";
import { V3_GATEWAY_CAPABILITIES, V3_GATEWAY_LIMITS } from "./capabilities";

const model = V3_GATEWAY_CAPABILITIES.models[0]!;

/** v3-gateway's rules (the /v1/video/generations gateway's API reference), checked against a request that passed the canonical schema. */
export function validateV3GatewayRequest(request: GenerationRequest): Violation[] {
  const list = new ViolationList();
  const mode = model.modes[request.mode];
  if (!mode) {
    list.error(
      "mode",
      "mode_not_supported",
      `The v3 gateway does text, storyboard and image-to-video (first frame, first + last frame) generation, not ${request.mode}.`,
    );
    return list.items;
  }
  checkUnsupportedFeatures(list, request);
  for (const role of ["first_frame", "last_frame"] as const) {
    mediaWithRole(request, role)
      .slice(1)
      .forEach(({ index }) =>
        list.error(`media[${index}]`, "media_count", `Only one ${role.replace("_", " ")} image is allowed.`, {
          role,
          max: 1,
        }),
      );
  }
  request.media.forEach((item, index) => {
    if (!/^https?:/i.test(item.url))
      list.error(
        `media[${index}].url`,
        "media_url_not_http",
        "The v3 gateway takes image URLs only; upload the image first instead of sending it inline.",
      );
  });

  if (request.quality && !model.qualities.includes(request.quality)) {
    list.error(
      "quality",
      "quality_not_supported",
      `The v3 gateway offers std and pro quality, not ${request.quality}.`,
    );
  }
  if (mode.aspectRatio === "required" && !request.aspectRatio) {
    list.error(
      "aspectRatio",
      "aspect_ratio_required",
      `Choose an aspect ratio: it is required for ${request.mode} generation.`,
    );
  }
  if (mode.aspectRatio === "ignored" && request.aspectRatio) {
    // The /v1/video/generations gateway's API reference: "not guaranteed in image-to-video mode"; its own image example sends one.
    list.warning(
      "aspectRatio",
      "aspect_ratio_ignored",
      "The aspect ratio may be ignored: the video follows the image.",
    );
  }
  if (request.duration === undefined) {
    list.error(
      "duration",
      "duration_required",
      `Choose a duration (${describeDurations(mode.durations)}): the v3 gateway has no default.`,
    );
  } else if (!durationAllowed(mode.durations, request.duration)) {
    list.error(
      "duration",
      "duration_out_of_range",
      `The duration must be ${describeDurations(mode.durations)}.`,
      durationParams(mode.durations),
    );
  }
  checkPrompt(list, request);
  checkStoryboard(list, request);
  return list.items;
}

function checkUnsupportedFeatures(list: ViolationList, request: GenerationRequest) {
  if (request.elements.length > 0)
    list.error("elements", "elements_not_supported", "The v3 gateway does not support elements.");
  if (request.cameraControl)
    list.error("cameraControl", "camera_control_not_supported", "The v3 gateway does not support camera control.");
  if (request.motionBrush)
    list.error("motionBrush", "motion_brush_not_supported", "The v3 gateway does not support the motion brush.");
  if (request.voices.length > 0)
    list.error("voices", "voices_not_supported", "The v3 gateway does not support voices.");
  if (request.watermark !== undefined)
    list.error("watermark", "watermark_not_supported", "The v3 gateway has no watermark setting; leave it unset.");
}

const isImageMode = (request: GenerationRequest) => request.mode === "first_frame" || request.mode === "first_last";
const hasShots = (request: GenerationRequest) =>
  Boolean(request.storyboard?.multiShot && request.storyboard.shots.length > 0);

function checkPrompt(list: ViolationList, request: GenerationRequest) {
  const prompt = request.prompt?.trim() ?? "";
  // The /v1/video/generations gateway's API reference: prompt is required, except that image mode with multi_prompt must not send it at all.
  if (isImageMode(request) && hasShots(request)) {
    if (prompt)
      list.error(
        "prompt",
        "prompt_with_shots",
        "With custom shots in image-to-video, leave the main prompt out: each shot's prompt is used.",
      );
  } else if (!prompt) {
    list.error("prompt", "prompt_required", `A prompt is required for ${request.mode.replace("_", " ")} generation.`);
  }
  if ((request.prompt?.length ?? 0) > V3_GATEWAY_LIMITS.promptMaxLength) {
    list.warning(
      "prompt",
      "prompt_too_long",
      `The prompt has ${request.prompt?.length} characters; Kling v3 reads at most ${V3_GATEWAY_LIMITS.promptMaxLength}.`,
      { length: request.prompt?.length ?? 0, max: V3_GATEWAY_LIMITS.promptMaxLength },
    );
  }
}

function checkStoryboard(list: ViolationList, request: GenerationRequest) {
  const storyboard = request.storyboard;
  if (!storyboard) return;
  const { shots } = storyboard;
  if (!customShotsApply(list, storyboard)) return;
  if (shots.length < 1 || shots.length > V3_GATEWAY_LIMITS.maxShots) {
    list.error(
      "storyboard.shots",
      "shot_count",
      `A custom storyboard needs 1 to ${V3_GATEWAY_LIMITS.maxShots} shots; it has ${shots.length}.`,
      { max: V3_GATEWAY_LIMITS.maxShots, count: shots.length },
    );
  }
  shots.forEach((shot, index) => {
    if (shot.prompt.length > V3_GATEWAY_LIMITS.shotPromptMaxLength) {
      list.warning(
        `storyboard.shots[${index}].prompt`,
        "shot_prompt_too_long",
        `Shot ${index + 1}'s prompt has ${shot.prompt.length} characters; Kling v3 reads at most ${V3_GATEWAY_LIMITS.shotPromptMaxLength}.`,
        { shot: index + 1, length: shot.prompt.length, max: V3_GATEWAY_LIMITS.shotPromptMaxLength },
      );
    }
  });
  // The canonical shot needs a duration, but the gateway's multi_prompt entries have none.
  if (shots.length > 0) {
    list.warning(
      "storyboard.shots",
      "shot_durations_ignored",
      "The v3 gateway times the shots itself: their durations are not sent.",
    );
  }
}
