import {
  describeDurations,
  durationParams,
  durationAllowed,
  type DurationRule,
  type ModeCapabilities,
  type ModelCapabilities,
} from "../capabilities";
import { MEDIA_ROLE_KIND, type GenerationRequest } from "../canonical";
import { checkImage, ViolationList, type Violation } from "../validation";
import { KLING_GATEWAY_IMAGE_RULES, KLING_GATEWAY_LIMITS, KLING_OMNI_MODEL, klingGatewayModel } from "./capabilities";
import { checkOmniRequest } from "./validate-omni";
import { checkV26Request } from "./validate-v26";

/** The gateway's rules (the Kling gateway's API reference), checked against a request that passed the canonical schema. */
export function validateKlingGatewayRequest(request: GenerationRequest): Violation[] {
  const list = new ViolationList();
  const model = klingGatewayModel(request.model);
  const mode = model?.modes[request.mode];
  if (!model || !mode) {
    const supported = Object.keys(model?.modes ?? {}).join(", ");
    list.error(
      "mode",
      "mode_not_supported",
      `${model?.label ?? request.model} cannot do ${request.mode} generation; it offers ${supported}.`,
    );
    return list.items;
  }

  checkSharedSettings(list, request, model, mode);
  request.media.forEach((item, index) => {
    if (MEDIA_ROLE_KIND[item.role] === "image") checkImage(list, item, index, KLING_GATEWAY_IMAGE_RULES);
    else if (!/^https?:/i.test(item.url))
      list.error(
        `media[${index}].url`,
        "video_url_not_http",
        "Videos must be given as http(s) URLs; only images may be sent inline as Base64.",
      );
  });
  if (request.model === KLING_OMNI_MODEL) checkOmniRequest(list, request);
  else checkV26Request(list, request);
  return list.items;
}

/** Settings both models treat alike: quality, aspect ratio, duration, prompts, unsupported features. */
function checkSharedSettings(
  list: ViolationList,
  request: GenerationRequest,
  model: ModelCapabilities,
  mode: ModeCapabilities,
) {
  if (request.quality && !model.qualities.includes(request.quality)) {
    list.error(
      "quality",
      "quality_not_supported",
      `${model.label} offers ${model.qualities.join(" and ")} quality, not ${request.quality}.`,
    );
  }
  checkAspectRatio(list, request, mode);
  checkDuration(list, request, mode.durations);

  const { promptMaxLength } = KLING_GATEWAY_LIMITS;
  if ((request.prompt?.length ?? 0) > promptMaxLength) {
    list.error(
      "prompt",
      "prompt_too_long",
      `The prompt has ${request.prompt?.length} characters; the limit is ${promptMaxLength}.`,
      { length: request.prompt?.length ?? 0, max: promptMaxLength },
    );
  }
  if (request.negativePrompt !== undefined && (!model.negativePrompt || request.mode === "motion_control")) {
    list.error(
      "negativePrompt",
      "negative_prompt_not_supported",
      `${model.label} takes no negative prompt${model.negativePrompt ? " in motion control" : ""}.`,
    );
  } else if ((request.negativePrompt?.length ?? 0) > promptMaxLength) {
    list.error(
      "negativePrompt",
      "negative_prompt_too_long",
      `The negative prompt has ${request.negativePrompt?.length} characters; the limit is ${promptMaxLength}.`,
      { length: request.negativePrompt?.length ?? 0, max: promptMaxLength },
    );
  }
  if (request.audio && mode.audio === "forbidden") {
    list.error(
      "audio",
      "audio_not_supported",
      request.mode === "motion_control"
        ? "Motion control generates no sound; keep the action video's sound instead."
        : `${model.label} does not generate sound.`,
    );
  }
  // No field for it: the gateway's videos come as Kling makes them.
  if (request.watermark)
    list.error("watermark", "watermark_not_supported", "The Kling gateway cannot add a watermark.");
  if (request.storyboard?.multiShot)
    list.error("storyboard", "storyboard_not_supported", "The Kling gateway does not generate multi-shot videos.");
  if (request.elements.length > 0 && model.elements === false)
    list.error("elements", "elements_not_supported", `${model.label} takes no elements; use Kling O1.`);
  if (request.cameraControl && !model.cameraControl)
    list.error(
      "cameraControl",
      "camera_control_not_supported",
      `${model.label} has no camera control; describe the camera in the prompt or use a feature video.`,
    );
  if (request.motionBrush && !model.motionBrush)
    list.error("motionBrush", "motion_brush_not_supported", `${model.label} has no motion brush.`);
  if (request.voices.length > 0 && !model.voices)
    list.error("voices", "voices_not_supported", `${model.label} takes no voices.`);
}

function checkAspectRatio(list: ViolationList, request: GenerationRequest, mode: ModeCapabilities) {
  // A first frame sets the aspect ratio wherever it appears (the Kling gateway's API reference: "required without a first frame").
  const hasFirstFrame = request.media.some((item) => item.role === "first_frame");
  const rule = hasFirstFrame ? "forbidden" : mode.aspectRatio;
  if (rule === "required" && !request.aspectRatio) {
    list.error(
      "aspectRatio",
      "aspect_ratio_required",
      `Choose an aspect ratio: it is required for ${request.mode} generation without a first frame.`,
    );
  }
  // The Kling gateway's API reference "不支持设置": refused rather than ignored, so the user never believes a ratio was applied.
  if (rule === "forbidden" && request.aspectRatio) {
    list.error(
      "aspectRatio",
      "aspect_ratio_not_allowed",
      `The aspect ratio cannot be set for ${request.mode} generation: the video follows its input image or video.`,
    );
  }
}

function checkDuration(list: ViolationList, request: GenerationRequest, rule: DurationRule) {
  if (request.duration === undefined) return;
  // Edits last as long as the base video; motion control follows the action video (no seconds field).
  if (request.mode === "edit" || request.mode === "motion_control") {
    list.error(
      "duration",
      "duration_not_allowed",
      `The duration cannot be set for ${request.mode === "edit" ? "a video edit: it lasts as long as the base video" : "motion control: it follows the action video"}.`,
    );
    return;
  }
  if (!durationAllowed(rule, request.duration)) {
    list.error(
      "duration",
      "duration_out_of_range",
      `The duration must be ${describeDurations(rule)} for ${request.mode} generation.`,
      durationParams(rule),
    );
  }
}
