import type { GenerationRequest, MediaMetadata } from "../canonical";
import { checkVideo, mediaWithRole, type ViolationList } from "../validation";
import { KLING_ACTION_VIDEO_RULES, KLING_GATEWAY_LIMITS } from "./capabilities";

// Kling-V2.6's rules from the Kling gateway's API reference: text-to-video, image-to-video and motion control.

const VOICE_REFERENCE = /<<<voice_(\d+)>>>/g;
/** Masks must share the image's aspect ratio; allow for rounding in exported sizes. */
const ASPECT_TOLERANCE = 0.01;

export function checkV26Request(list: ViolationList, request: GenerationRequest): void {
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
  if (request.mode === "text" && !request.prompt?.trim())
    list.error("prompt", "prompt_required", "A prompt is required for text-to-video.");
  if (request.mode === "motion_control") checkMotionControl(list, request);
  checkVoices(list, request);
  checkCameraControl(list, request);
  checkMotionBrush(list, request);
}

function checkMotionControl(list: ViolationList, request: GenerationRequest) {
  // Both are required by the documentation and have no default.
  if (!request.quality)
    list.error("quality", "quality_required", "Choose std or pro quality: motion control has no default.");
  if (!request.characterOrientation) {
    list.error(
      "characterOrientation",
      "character_orientation_required",
      "Choose whether the character faces as in the image or as in the action video.",
    );
  }
  const orientation = request.characterOrientation ?? "video";
  const maxSeconds = KLING_GATEWAY_LIMITS.actionSecondsByOrientation[orientation];
  mediaWithRole(request, "action").forEach(({ item, index }) =>
    checkVideo(list, item, index, { ...KLING_ACTION_VIDEO_RULES, maxSeconds }),
  );
}

/** The Kling gateway's API reference voice_list: ≤ 2 voices (the canonical schema caps it), image-to-video only, sound on, named <<<voice_N>>>. */
function checkVoices(list: ViolationList, request: GenerationRequest) {
  const referenced = new Set<number>();
  for (const [reference, number] of (request.prompt ?? "").matchAll(VOICE_REFERENCE)) {
    const n = Number(number);
    referenced.add(n);
    if (n < 1 || n > request.voices.length) {
      list.error(
        "prompt",
        "prompt_voice_reference_unknown",
        `The prompt mentions ${reference} but the request has ${request.voices.length} voice${request.voices.length === 1 ? "" : "s"}.`,
      );
    }
  }
  if (request.voices.length === 0) return;
  if (request.mode !== "first_frame" && request.mode !== "first_last") {
    list.error("voices", "voices_not_allowed", "Voices can only be used in image-to-video with Kling 2.6.");
  }
  if (request.audio !== true) list.error("audio", "voices_need_sound", "Voices need sound to be on.");
  request.voices.forEach((_, index) => {
    // Billed and applied only when the prompt names it.
    if (!referenced.has(index + 1))
      list.warning(
        `voices[${index}]`,
        "voice_unused",
        `Voice ${index + 1} is not used: name it in the prompt as <<<voice_${index + 1}>>>.`,
      );
  });
}

/** The Kling gateway's API reference camera_control: "simple" needs a config with exactly one non-zero axis; the predefined moves take none. */
function checkCameraControl(list: ViolationList, request: GenerationRequest) {
  const control = request.cameraControl;
  if (!control) return;
  if (request.mode === "first_last" || request.mode === "motion_control") {
    list.error(
      "cameraControl",
      "exclusive_controls",
      request.mode === "first_last"
        ? "Camera control cannot be combined with a last frame."
        : "Motion control takes no camera control.",
    );
  }
  if (request.motionBrush)
    list.error("cameraControl", "exclusive_controls", "Camera control cannot be combined with the motion brush.");
  if (control.type !== "simple") {
    if (control.config)
      list.error(
        "cameraControl.config",
        "camera_config_not_allowed",
        `The "${control.type}" move carries its own motion: remove the axis settings.`,
      );
    return;
  }
  if (!control.config) {
    list.error("cameraControl.config", "camera_config_required", "A simple camera move needs one axis setting.");
    return;
  }
  const moving = Object.entries(control.config).filter(([, value]) => value !== 0);
  if (moving.length !== 1) {
    list.error(
      "cameraControl.config",
      "camera_config_one_axis",
      `A simple camera move sets exactly one axis to a non-zero value; ${moving.length} are set.`,
      { count: moving.length },
    );
  }
}

function checkMotionBrush(list: ViolationList, request: GenerationRequest) {
  const brush = request.motionBrush;
  if (!brush) return;
  // The brush paints on the first frame alone (the Kling gateway's API reference: image+image_tail, masks and camera control exclude each other).
  if (request.mode !== "first_frame")
    list.error(
      "motionBrush",
      "motion_brush_not_allowed",
      "The motion brush needs image-to-video from a first frame only.",
    );
  brush.dynamicMasks.forEach((dynamic, maskIndex) => {
    dynamic.trajectory.forEach((point, pointIndex) => {
      if (!Number.isInteger(point.x) || !Number.isInteger(point.y) || point.x < 0 || point.y < 0) {
        list.error(
          `motionBrush.dynamicMasks[${maskIndex}].trajectory[${pointIndex}]`,
          "trajectory_point_invalid",
          "Trajectory points are whole, non-negative pixel coordinates from the image's bottom-left corner.",
        );
      }
    });
  });
  checkMaskGeometry(list, request);
}

/** Known sizes only: masks share the image's aspect ratio, and all masks share one resolution (else the task fails). */
function checkMaskGeometry(list: ViolationList, request: GenerationRequest) {
  const image = mediaWithRole(request, "first_frame")[0]?.item.metadata;
  const masks = mediaWithRole(request, "mask").filter(({ item }) => item.metadata?.width && item.metadata.height);
  const ratio = (meta: MediaMetadata | undefined) =>
    meta?.width && meta.height ? meta.width / meta.height : undefined;
  const imageRatio = ratio(image);
  const firstMask = masks[0]?.item.metadata;
  for (const { item, index } of masks) {
    const maskRatio = ratio(item.metadata) ?? 0;
    if (imageRatio !== undefined && Math.abs(maskRatio - imageRatio) / imageRatio > ASPECT_TOLERANCE) {
      list.error(
        `media[${index}].metadata`,
        "mask_aspect_ratio",
        "This mask must have the same aspect ratio as the first frame.",
      );
    }
    if (firstMask && (item.metadata?.width !== firstMask.width || item.metadata?.height !== firstMask.height)) {
      list.error(`media[${index}].metadata`, "mask_resolution", "All masks must have the same resolution.");
    }
  }
}
