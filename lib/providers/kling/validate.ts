import {
  describeDurations,
  durationAllowed,
  durationParams,
  type ModeCapabilities,
  type ModelCapabilities,
} from "../capabilities";
import { MEDIA_ROLE_KIND, type GenerationRequest, type MediaRole } from "../canonical";
import { checkCustomShots, customShotsApply } from "../rules/custom-shots";
import { KLING_ACTION_VIDEO_RULES, KLING_IMAGE_RULES, KLING_VIDEO_RULES } from "../rules/kling-media";
import { checkImage, checkVideo, mediaWithRole, ViolationList, type Violation } from "../validation";
import { KLING_LIMITS, KLING_O1, KLING_OMNI_MODELS, klingModel } from "./capabilities";

// The request rules of the Kling AI developer docs (text to video, image to video, omni-video, motion control),
// checked against a request that already passed the canonical schema.

const VOICE_REFERENCE = /<<<voice_(\d+)>>>/g;
const ELEMENT_ID = /^\d{1,20}$/;

export function validateKlingRequest(request: GenerationRequest): Violation[] {
  const list = new ViolationList();
  const model = klingModel(request.model);
  const mode = model?.modes[request.mode];
  if (!model || !mode) {
    list.error(
      "mode",
      "mode_not_supported",
      `${model?.label ?? request.model} cannot do ${request.mode} generation; it offers ${Object.keys(model?.modes ?? {}).join(", ")}.`,
    );
    return list.items;
  }
  const hasVideo = request.media.some((item) => MEDIA_ROLE_KIND[item.role] === "video");
  checkSettings(list, request, model, mode, hasVideo);
  checkMedia(list, request, mode, hasVideo);
  checkElements(list, request, mode, hasVideo);
  checkPrompt(list, request, model);
  checkStoryboard(list, request, model);
  checkControls(list, request, model);
  return list.items;
}

function checkSettings(
  list: ViolationList,
  request: GenerationRequest,
  model: ModelCapabilities,
  mode: ModeCapabilities,
  hasVideo: boolean,
) {
  if (request.quality && !model.qualities.includes(request.quality))
    list.error(
      "quality",
      "quality_not_supported",
      `${model.label} offers ${model.qualities.join(", ")} quality, not ${request.quality}.`,
    );
  // A first frame sets the aspect ratio ("required when NOT using first-frame reference or video editing").
  const ratio = request.media.some((item) => item.role === "first_frame") ? "forbidden" : mode.aspectRatio;
  if (ratio === "required" && !request.aspectRatio)
    list.error("aspectRatio", "aspect_ratio_required", `Choose an aspect ratio for ${request.mode} generation.`);
  if (ratio === "forbidden" && request.aspectRatio)
    list.error(
      "aspectRatio",
      "aspect_ratio_not_allowed",
      `The aspect ratio cannot be set for ${request.mode} generation: the video follows its input image or video.`,
    );
  if (request.duration !== undefined) {
    if (request.mode === "edit" || request.mode === "motion_control") {
      list.error(
        "duration",
        "duration_not_allowed",
        `The duration cannot be set for ${request.mode === "edit" ? "a video edit: it lasts as long as the base video" : "motion control: it follows the action video"}.`,
      );
    } else {
      const rule = (hasVideo && mode.durationsWithVideo) || mode.durations;
      if (!durationAllowed(rule, request.duration))
        list.error(
          "duration",
          "duration_out_of_range",
          `The duration must be ${describeDurations(rule)} for ${request.mode} generation${hasVideo ? " with a video" : ""}.`,
          durationParams(rule),
        );
    }
  }
  if (request.audio && mode.audio === "forbidden")
    list.error("audio", "audio_not_supported", `${model.label} generates no sound in ${request.mode} generation.`);
  // Omni-video: "when there is a reference video, the value of the sound parameter can only be off".
  else if (request.audio && hasVideo && KLING_OMNI_MODELS.has(request.model))
    list.error("audio", "audio_with_video", "No sound can be generated when a video is among the inputs.");
  if (request.watermark && !model.watermark)
    list.error("watermark", "watermark_not_supported", `${model.label} cannot add a watermark.`);
}

function checkMedia(list: ViolationList, request: GenerationRequest, mode: ModeCapabilities, hasVideo: boolean) {
  const seen = new Map<MediaRole, number>();
  request.media.forEach((item, index) => {
    const count = (seen.get(item.role) ?? 0) + 1;
    seen.set(item.role, count);
    const max = mode.media[item.role]?.max ?? 0;
    if (count > max)
      list.error(`media[${index}]`, "media_count", `At most ${max} ${item.role.replace("_", " ")} input(s) here.`, {
        role: item.role,
        max,
      });
    if (MEDIA_ROLE_KIND[item.role] === "image") return checkImage(list, item, index, KLING_IMAGE_RULES);
    if (!/^https?:/i.test(item.url))
      return list.error(
        `media[${index}].url`,
        "video_url_not_http",
        "Videos must be given as http(s) URLs; only images may be sent inline as Base64.",
      );
    if (item.role !== "action") checkVideo(list, item, index, KLING_VIDEO_RULES);
  });
  if (request.mode === "motion_control") {
    const orientation = request.characterOrientation ?? "video";
    const maxSeconds = KLING_LIMITS.actionSecondsByOrientation[orientation];
    mediaWithRole(request, "action").forEach(({ item, index }) =>
      checkVideo(list, item, index, { ...KLING_ACTION_VIDEO_RULES, maxSeconds }),
    );
    if (!request.quality)
      list.error("quality", "quality_required", "Choose the quality: motion control has no default.");
    if (!request.characterOrientation)
      list.error(
        "characterOrientation",
        "character_orientation_required",
        "Choose whether the character faces as in the image or as in the action video.",
      );
  }
  const images = request.media.filter((item) => MEDIA_ROLE_KIND[item.role] === "image" && item.role !== "mask");
  const framed = request.media.some((item) => item.role === "first_frame" || item.role === "last_frame");
  if (request.model === KLING_O1 && framed && images.length > KLING_LIMITS.o1ImagesWithFrames)
    list.error(
      "media",
      "last_frame_with_many_images",
      `Kling O1 takes start and end frames only with at most ${KLING_LIMITS.o1ImagesWithFrames} images.`,
    );
  if (hasVideo && request.media.some((item) => item.role === "base") && framed)
    list.error("media", "frames_with_base_video", "A video to edit rules out start and end frames.");
}

function checkElements(list: ViolationList, request: GenerationRequest, mode: ModeCapabilities, hasVideo: boolean) {
  if (request.elements.length === 0) return;
  if (!mode.elements) {
    list.error("elements", "elements_not_supported", `Elements cannot be used in ${request.mode} generation here.`);
    return;
  }
  request.elements.forEach((element, index) => {
    if (!ELEMENT_ID.test(element.id))
      list.error(
        `elements[${index}].id`,
        "element_id_invalid",
        "Kling's element ids are numbers from the account's element library.",
      );
  });
  const shared = mode.elements.sharedWithRole
    ? request.media.filter((item) => item.role === mode.elements?.sharedWithRole).length
    : 0;
  const max = hasVideo ? Math.min(mode.elements.max, KLING_LIMITS.referencesWithVideo) : mode.elements.max;
  if (request.elements.length + shared > max)
    list.error(
      "elements",
      mode.elements.sharedWithRole ? "too_many_references" : "too_many_elements",
      mode.elements.sharedWithRole
        ? `Reference images and elements together may number at most ${max}${hasVideo ? " with a video" : ""}.`
        : `At most ${max} elements here.`,
      { max, count: request.elements.length + shared },
    );
  if (request.voices.length > 0)
    list.error("voices", "voices_with_elements", "Voices and elements cannot be used together.");
}

function checkPrompt(list: ViolationList, request: GenerationRequest, model: ModelCapabilities) {
  const prompt = request.prompt?.trim() ?? "";
  const custom = request.mode === "storyboard" && request.storyboard?.split === "custom";
  if (!prompt && !custom && request.mode !== "extend" && request.mode !== "motion_control")
    list.error("prompt", "prompt_required", `A prompt is required for ${request.mode} generation.`);
  for (const [path, text] of [
    ["prompt", request.prompt],
    ["negativePrompt", request.negativePrompt],
  ] as const) {
    if ((text?.length ?? 0) > KLING_LIMITS.promptMaxLength)
      list.error(
        path,
        path === "prompt" ? "prompt_too_long" : "negative_prompt_too_long",
        `It has ${text?.length} characters; the limit is ${KLING_LIMITS.promptMaxLength}.`,
        { length: text?.length ?? 0, max: KLING_LIMITS.promptMaxLength },
      );
  }
  if (request.negativePrompt !== undefined && (!model.negativePrompt || request.mode === "motion_control"))
    list.error("negativePrompt", "negative_prompt_not_supported", `${model.label} takes no negative prompt here.`);
}

function checkStoryboard(list: ViolationList, request: GenerationRequest, model: ModelCapabilities) {
  const board = request.storyboard;
  if (!board?.multiShot) return;
  if (!model.storyboard || request.mode !== "storyboard") {
    list.error(
      "storyboard",
      "storyboard_not_supported",
      model.storyboard
        ? "Multi-shot generation rules out start and end frames and input videos here."
        : `${model.label} does not generate multi-shot videos.`,
    );
    return;
  }
  if (customShotsApply(list, board))
    checkCustomShots(list, board.shots, request.duration ?? 5, model.storyboard, "Kling");
}

function checkControls(list: ViolationList, request: GenerationRequest, model: ModelCapabilities) {
  if (request.cameraControl && !model.cameraControl)
    list.error("cameraControl", "camera_control_not_supported", `${model.label} has no camera control.`);
  if (request.motionBrush && !model.motionBrush)
    list.error("motionBrush", "motion_brush_not_supported", `${model.label} has no motion brush.`);
  // Image to video: "image_tail, dynamic_masks/static_mask, and camera_control are mutually exclusive".
  const exclusive = [
    request.media.some((item) => item.role === "last_frame"),
    request.motionBrush !== undefined,
    request.cameraControl !== undefined && request.mode !== "text",
  ].filter(Boolean).length;
  if (exclusive > 1)
    list.error(
      "cameraControl",
      "exclusive_controls",
      "A last frame, the motion brush and camera control cannot be combined: choose one.",
    );
  if (request.cameraControl?.type === "simple") {
    const axes = Object.values(request.cameraControl.config ?? {}).filter((value) => value !== 0);
    if (axes.length !== 1)
      list.error(
        "cameraControl.config",
        "camera_config_one_axis",
        'A "simple" camera move needs exactly one non-zero axis.',
      );
  }
  if (request.voices.length === 0) return;
  if (!model.voices) return list.error("voices", "voices_not_supported", `${model.label} takes no voices.`);
  if (request.mode !== "first_frame" && request.mode !== "first_last")
    list.error("voices", "voices_not_allowed", "Voices can only be used in image to video.");
  if (!request.audio) list.error("audio", "voices_need_sound", "Voices need sound to be on.");
  for (const [reference, number] of (request.prompt ?? "").matchAll(VOICE_REFERENCE)) {
    if (Number(number) < 1 || Number(number) > request.voices.length)
      list.error(
        "prompt",
        "prompt_voice_reference_unknown",
        `The prompt mentions ${reference} but the request has ${request.voices.length} voice(s).`,
      );
  }
}
