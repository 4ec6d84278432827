import { describeDurations, durationParams, durationAllowed } from "../capabilities";
import type { GenerationRequest } from "../canonical";
import { mediaWithRole, ViolationList, type Violation } from "../validation";
import { customShotsApply } from "../rules/custom-shots";
import { XCOMPUTE_CAPABILITIES, XCOMPUTE_LIMITS } from "./capabilities";
import { checkElements } from "./validate-elements";

const model = XCOMPUTE_CAPABILITIES.models[0]!;

/** xcompute's rules (xcompute's Kling v3 video generation reference), checked against a request that passed the canonical schema. */
export function validateXComputeRequest(request: GenerationRequest): Violation[] {
  const list = new ViolationList();
  const mode = model.modes[request.mode];
  if (!mode) {
    list.error(
      "mode",
      "mode_not_supported",
      `xcompute does text, storyboard, image-to-video and element generation, not ${request.mode}.`,
    );
    return list.items;
  }
  if (request.cameraControl)
    list.error("cameraControl", "camera_control_not_supported", "xcompute does not support camera control.");
  if (request.motionBrush)
    list.error("motionBrush", "motion_brush_not_supported", "xcompute does not support the motion brush.");
  if (request.voices.length > 0) list.error("voices", "voices_not_supported", "xcompute does not support voices.");
  checkMedia(list, request);

  if (mode.aspectRatio === "ignored" && request.aspectRatio) {
    list.warning("aspectRatio", "aspect_ratio_ignored", "The aspect ratio may be overridden by the image's.");
  }
  const duration = request.duration ?? XCOMPUTE_LIMITS.defaultDuration;
  if (!durationAllowed(mode.durations, duration)) {
    list.error(
      "duration",
      "duration_out_of_range",
      `The duration must be ${describeDurations(mode.durations)}.`,
      durationParams(mode.durations),
    );
  } else {
    checkModeMatrix(list, request, duration);
  }
  checkPrompt(list, request);
  checkStoryboard(list, request, duration);
  checkElements(list, request);
  return list.items;
}

function checkMedia(list: ViolationList, request: GenerationRequest) {
  for (const role of ["first_frame", "last_frame"] as const) {
    mediaWithRole(request, role)
      .slice(1)
      .forEach(({ index }) =>
        list.error(
          `media[${index}]`,
          "media_count",
          `Only one ${role.replace("_", " ")} image is allowed (image_urls holds at most 2).`,
          { role, max: 1 },
        ),
      );
  }
  request.media.forEach((item, index) => {
    if (item.role === "refer") {
      list.error(
        `media[${index}]`,
        "reference_images_not_supported",
        "xcompute takes no reference images: create an element (name, description, 2–4 images) instead.",
      );
    } else if (!/^https?:/i.test(item.url)) {
      list.error(
        `media[${index}].url`,
        "media_url_not_http",
        "xcompute fetches images from public URLs only; upload the image first instead of sending it inline.",
      );
    }
  });
}

/**
 * Xcompute's Kling v3 video generation reference states 3–15 s and offers 4k, but its matrix confirms only std 5/10/15 s and pro 5/10 s.
 * The rest is a warning, not an error: the doc allows it and its own multi-shot example is pro 15 s.
 */
function checkModeMatrix(list: ViolationList, request: GenerationRequest, duration: number) {
  const quality = request.quality ?? XCOMPUTE_LIMITS.defaultQuality;
  const confirmed: readonly number[] = XCOMPUTE_LIMITS.confirmedDurations[quality];
  if (!confirmed.includes(duration)) {
    const which = confirmed.length ? `${quality} at ${confirmed.join("/")} s` : `no ${quality} durations`;
    list.warning(
      "duration",
      "duration_unconfirmed",
      `xcompute confirms ${which}; ${quality} ${duration} s is documented but unconfirmed and may fail or be billed differently.`,
    );
  }
}

function checkPrompt(list: ViolationList, request: GenerationRequest) {
  const prompt = request.prompt?.trim() ?? "";
  const storyboard = request.storyboard;
  // Xcompute's Kling v3 video generation reference: required for text-to-video, optional with multi_shot (the shots carry it) and suggested
  // for image-to-video. An intelligent split has only the main prompt to cut into shots.
  const needsPrompt = storyboard?.multiShot
    ? storyboard.split === "intelligent"
    : request.mode === "text" || request.mode === "reference";
  if (needsPrompt && !prompt) {
    list.error(
      "prompt",
      "prompt_required",
      `A prompt is required for ${storyboard?.multiShot ? "an intelligent storyboard" : `${request.mode} generation`}.`,
    );
  }
  if ((request.prompt?.length ?? 0) > XCOMPUTE_LIMITS.promptMaxLength) {
    list.warning(
      "prompt",
      "prompt_too_long",
      `The prompt has ${request.prompt?.length} characters; Kling v3 reads at most ${XCOMPUTE_LIMITS.promptMaxLength}.`,
      { length: request.prompt?.length ?? 0, max: XCOMPUTE_LIMITS.promptMaxLength },
    );
  }
}

function checkStoryboard(list: ViolationList, request: GenerationRequest, total: number) {
  const storyboard = request.storyboard;
  if (!storyboard) return;
  const { shots } = storyboard;
  if (!customShotsApply(list, storyboard)) return;
  if (shots.length < 1 || shots.length > XCOMPUTE_LIMITS.maxShots) {
    list.error(
      "storyboard.shots",
      "shot_count",
      `A custom storyboard needs 1 to ${XCOMPUTE_LIMITS.maxShots} shots; it has ${shots.length}.`,
      { max: XCOMPUTE_LIMITS.maxShots, count: shots.length },
    );
  }
  shots.forEach((shot, index) => {
    const path = `storyboard.shots[${index}]`;
    if (shot.prompt.length > XCOMPUTE_LIMITS.shotPromptMaxLength) {
      list.error(
        `${path}.prompt`,
        "shot_prompt_too_long",
        `Shot ${index + 1}'s prompt has ${shot.prompt.length} characters; xcompute allows at most ${XCOMPUTE_LIMITS.shotPromptMaxLength}.`,
        { shot: index + 1, length: shot.prompt.length, max: XCOMPUTE_LIMITS.shotPromptMaxLength },
      );
    }
    if (shot.duration > total) {
      list.error(
        `${path}.duration`,
        "shot_duration_out_of_range",
        `Shot ${index + 1} lasts ${shot.duration} s, longer than the whole video (${total} s).`,
        { shot: index + 1, seconds: shot.duration, total },
      );
    }
  });
  const sum = shots.reduce((seconds, shot) => seconds + shot.duration, 0);
  if (shots.length > 0 && sum !== total) {
    list.error(
      "storyboard.shots",
      "shot_durations_sum",
      `The shots last ${sum} s in total but the video lasts ${total} s; they must match.`,
      { sum, total },
    );
  }
}
