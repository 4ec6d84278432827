import { describeDurations, durationParams, durationAllowed, type DurationRule } from "../capabilities";
import { MEDIA_ROLE_KIND, type GenerationRequest } from "../canonical";
import { checkImage, checkVideo, countRole, mediaWithRole, ViolationList, type Violation } from "../validation";
import { checkCustomShots } from "../rules/custom-shots";
import {
  DASHSCOPE_CAPABILITIES,
  DASHSCOPE_IMAGE_RULES,
  DASHSCOPE_LIMITS,
  DASHSCOPE_OMNI_MODEL,
  DASHSCOPE_VIDEO_RULES,
} from "./capabilities";

/** DashScope's rules (DashScope's Kling video API reference), checked against a request that passed the canonical schema. */
export function validateDashScopeRequest(request: GenerationRequest): Violation[] {
  const list = new ViolationList();
  const model = DASHSCOPE_CAPABILITIES.models.find((candidate) => candidate.model === request.model);
  const mode = model?.modes[request.mode];
  if (!model || !mode) {
    list.error(
      "mode",
      "mode_not_supported",
      `${model?.label ?? request.model} cannot do ${request.mode} generation${request.model === DASHSCOPE_OMNI_MODEL ? "" : "; reference and edit need the Omni model"}.`,
    );
    return list.items;
  }
  const hasVideo = request.media.some((item) => MEDIA_ROLE_KIND[item.role] === "video");

  checkUnsupportedFeatures(list, request);
  checkMediaCombination(list, request);
  checkElements(list, request, model.elements !== false);
  checkReferenceLimits(list, request);
  request.media.forEach((item, index) => {
    if (!/^https?:/i.test(item.url)) {
      list.error(
        `media[${index}].url`,
        "media_url_not_http",
        "DashScope only fetches media from http(s) URLs; upload the file first instead of sending it inline.",
      );
    }
    if (MEDIA_ROLE_KIND[item.role] === "image") checkImage(list, item, index, DASHSCOPE_IMAGE_RULES);
    else checkVideo(list, item, index, DASHSCOPE_VIDEO_RULES);
  });

  if (request.quality && !model.qualities.includes(request.quality)) {
    list.error(
      "quality",
      "quality_not_supported",
      `${model.label} offers ${model.qualities.join(" and ")} quality, not ${request.quality}.`,
    );
  }
  // feature + first_frame follows the first frame, like image-to-video (DashScope's Kling video API reference, aspect_ratio).
  const aspectRule =
    request.mode === "reference" && countRole(request, "first_frame") > 0 ? "ignored" : mode.aspectRatio;
  if (aspectRule === "required" && !request.aspectRatio) {
    list.error(
      "aspectRatio",
      "aspect_ratio_required",
      `Choose an aspect ratio: it is required for ${request.mode} generation.`,
    );
  }
  if (aspectRule === "ignored" && request.aspectRatio) {
    // DashScope's Kling video API reference says "need not be set" and its own edit example sends one, so this warns instead of rejecting.
    list.warning(
      "aspectRatio",
      "aspect_ratio_ignored",
      "The aspect ratio is ignored here: the video follows the input image or video.",
    );
  }

  const durationRule: DurationRule = hasVideo ? DASHSCOPE_LIMITS.durationsWithVideo : mode.durations;
  if (request.duration !== undefined && !durationAllowed(durationRule, request.duration)) {
    list.error(
      "duration",
      "duration_out_of_range",
      `The duration must be ${describeDurations(durationRule)}${hasVideo ? " when a video is used" : ""}.`,
      durationParams(durationRule),
    );
  }
  if (request.audio && hasVideo) {
    list.error(
      "audio",
      "audio_with_video",
      "Generated audio must be off when a video is used; keep the original sound instead.",
    );
  }

  checkPrompt(list, request);
  checkStoryboard(list, request);
  return list.items;
}

function checkUnsupportedFeatures(list: ViolationList, request: GenerationRequest) {
  if (request.cameraControl)
    list.error("cameraControl", "camera_control_not_supported", "DashScope does not support camera control.");
  if (request.motionBrush)
    list.error("motionBrush", "motion_brush_not_supported", "DashScope does not support the motion brush.");
  if (request.voices.length > 0) list.error("voices", "voices_not_supported", "DashScope does not support voices.");
}

/** DashScope's Kling video API reference "素材组合规则": exact counts per role and the allowed reference combinations. */
function checkMediaCombination(list: ViolationList, request: GenerationRequest) {
  for (const role of ["first_frame", "last_frame", "base", "feature"] as const) {
    mediaWithRole(request, role)
      .slice(1)
      .forEach(({ index }) => {
        list.error(
          `media[${index}]`,
          "media_count",
          `Only one ${role.replace("_", " ")} ${MEDIA_ROLE_KIND[role]} is allowed.`,
          { role, max: 1 },
        );
      });
  }
  if (request.mode === "reference") {
    const hasFeature = countRole(request, "feature") > 0;
    const hasFrame = countRole(request, "first_frame") > 0;
    if (hasFrame && !hasFeature) {
      list.error(
        "media",
        "media_combination",
        "A first frame can only be combined with a feature video in reference mode; use image-to-video instead.",
      );
    }
    if (hasFrame && countRole(request, "refer") > 0) {
      list.error("media", "media_combination", "A feature video with a first frame cannot also have reference images.");
    }
  }
}

function checkElements(list: ViolationList, request: GenerationRequest, supported: boolean) {
  if (request.elements.length === 0) return;
  if (!supported || request.mode === "text" || request.mode === "storyboard") {
    list.error(
      "elements",
      "elements_not_supported",
      supported ? "Elements need reference, edit or image-to-video mode." : "Elements need the Omni model.",
    );
    return;
  }
  request.elements.forEach((element, index) => {
    // The wire wants a JSON integer: ids beyond 2^53 would silently change, so refuse them.
    if (!/^\d+$/.test(element.id) || !Number.isSafeInteger(Number(element.id))) {
      list.error(
        `elements[${index}].id`,
        "element_id_invalid",
        `Element id "${element.id}" is not a DashScope element id (a whole number).`,
      );
    }
  });
}

/** DashScope's Kling video API reference element limits: ≤ 3 with a first frame; reference images + elements ≤ 7, or ≤ 4 with a video. */
function checkReferenceLimits(list: ViolationList, request: GenerationRequest) {
  if (countRole(request, "first_frame") > 0 && request.elements.length > DASHSCOPE_LIMITS.elementsWithFrames) {
    list.error(
      "elements",
      "too_many_elements",
      `At most ${DASHSCOPE_LIMITS.elementsWithFrames} elements are allowed with a first frame; this request has ${request.elements.length}.`,
      { max: DASHSCOPE_LIMITS.elementsWithFrames, count: request.elements.length },
    );
  }
  if (request.mode !== "reference" && request.mode !== "edit") return;
  const hasVideo = countRole(request, "base") + countRole(request, "feature") > 0;
  const max = hasVideo ? DASHSCOPE_LIMITS.referencesWithVideo : DASHSCOPE_LIMITS.referencesWithoutVideo;
  const total = countRole(request, "refer") + request.elements.length;
  if (total > max) {
    list.error(
      "media",
      "too_many_references",
      `At most ${max} reference images and elements together are allowed${hasVideo ? " with a video" : ""}; this request has ${total}.`,
      { max, count: total },
    );
  }
}

const PROMPT_REFERENCE = /<<<(image|video|element)_(\d+)>>>/g;

function checkPrompt(list: ViolationList, request: GenerationRequest) {
  const prompt = request.prompt?.trim() ?? "";
  const custom = request.storyboard?.multiShot && request.storyboard.split === "custom";
  // Text, reference and edit have nothing but the prompt to say what to make; DashScope's Kling video API reference only states
  // it for intelligent storyboards, so the other requirements are a careful client's choice.
  const needsPrompt =
    request.mode === "text" ||
    request.mode === "reference" ||
    request.mode === "edit" ||
    request.storyboard?.split === "intelligent";
  if (needsPrompt && !custom && !prompt) {
    list.error(
      "prompt",
      "prompt_required",
      `A prompt is required for ${request.storyboard?.split === "intelligent" ? "an intelligent storyboard" : `${request.mode} generation`}.`,
    );
  }
  if (custom && prompt) {
    list.warning(
      "prompt",
      "prompt_ignored",
      "The main prompt is ignored with custom shots: each shot's prompt is used.",
    );
  }
  // The provider truncates instead of refusing (DashScope's Kling video API reference), so the request is valid but the user must know.
  if ((request.prompt?.length ?? 0) > DASHSCOPE_LIMITS.promptMaxLength) {
    list.warning(
      "prompt",
      "prompt_truncated",
      `The prompt has ${request.prompt?.length} characters; DashScope keeps only the first ${DASHSCOPE_LIMITS.promptMaxLength}.`,
    );
  }
  if (request.model !== DASHSCOPE_OMNI_MODEL) return;
  const available = {
    image: request.media.filter((item) => MEDIA_ROLE_KIND[item.role] === "image").length,
    video: request.media.filter((item) => MEDIA_ROLE_KIND[item.role] === "video").length,
    element: request.elements.length,
  };
  for (const [, kind, number] of prompt.matchAll(PROMPT_REFERENCE)) {
    const n = Number(number);
    const count = available[kind as keyof typeof available];
    // A warning, not an error: the aliyun-kling-video skill's own example names <<<element_1>>> without an element list.
    if (n < 1 || n > count) {
      list.warning(
        "prompt",
        "prompt_reference_unknown",
        `The prompt mentions <<<${kind}_${n}>>> but the request has ${count} ${kind}${count === 1 ? "" : "s"}.`,
      );
    }
  }
}

function checkStoryboard(list: ViolationList, request: GenerationRequest) {
  const storyboard = request.storyboard;
  if (!storyboard) return;
  if (!storyboard.multiShot) {
    if (storyboard.shots.length > 0)
      list.error("storyboard.shots", "shots_without_multi_shot", "Shots need multi-shot generation to be on.");
    return;
  }
  if (request.mode !== "storyboard") {
    list.error(
      "storyboard",
      "storyboard_not_supported",
      "DashScope only generates multi-shot videos from text (storyboard mode).",
    );
  }
  if (storyboard.split === "intelligent") {
    if (storyboard.shots.length > 0)
      list.error(
        "storyboard.shots",
        "shots_with_intelligent_split",
        "Intelligent storyboards plan their own shots; remove the listed shots or switch to custom.",
      );
    return;
  }
  checkCustomShots(
    list,
    storyboard.shots,
    request.duration ?? DASHSCOPE_LIMITS.defaultDuration,
    DASHSCOPE_LIMITS,
    "DashScope",
  );
}
