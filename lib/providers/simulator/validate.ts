import { describeDurations, durationParams, durationAllowed, type ModeCapabilities } from "../capabilities";
import { MEDIA_ROLE_KIND, type GenerationRequest, type MediaRole } from "../canonical";
import { checkImage, checkVideo, countRole, ViolationList, type Violation } from "../validation";
import { checkCustomShots } from "../rules/custom-shots";
import { SIMULATOR_CAPABILITIES, SIMULATOR_IMAGE_RULES, SIMULATOR_LIMITS, SIMULATOR_VIDEO_RULES } from "./capabilities";
import { isSimulatorScenario, scenarioTags } from "./scenarios";

const model = SIMULATOR_CAPABILITIES.models[0];

/**
 * The simulator's rules: the union of the real providers' limits plus the rules every Kling model
 * shares (storyboard arithmetic, exclusive controls), so what passes here is a plausible request.
 */
export function validateSimulatorRequest(request: GenerationRequest): Violation[] {
  const list = new ViolationList();
  const mode = model?.modes[request.mode];
  if (!mode) {
    list.error("mode", "mode_not_supported", `The simulator cannot do ${request.mode} generation.`);
    return list.items;
  }
  const hasVideo = request.media.some((item) => MEDIA_ROLE_KIND[item.role] === "video");
  if (mode.aspectRatio === "forbidden" && request.aspectRatio !== undefined) {
    list.error(
      "aspectRatio",
      "aspect_ratio_not_allowed",
      `${request.mode} takes its aspect ratio from the input video; do not set one.`,
    );
  }

  checkMediaCounts(list, request, mode);
  checkElements(list, request, mode, hasVideo);
  request.media.forEach((item, index) => {
    if (MEDIA_ROLE_KIND[item.role] === "image") checkImage(list, item, index, SIMULATOR_IMAGE_RULES);
    else checkVideo(list, item, index, SIMULATOR_VIDEO_RULES);
  });
  const durations = hasVideo ? SIMULATOR_LIMITS.durationsWithVideo : mode.durations;
  if (request.duration !== undefined && !durationAllowed(durations, request.duration)) {
    list.error(
      "duration",
      "duration_out_of_range",
      `The duration must be ${describeDurations(durations)}${hasVideo ? " when a video is used" : ""}.`,
      durationParams(durations),
    );
  }
  checkPrompts(list, request);
  checkStoryboard(list, request, mode);
  checkControls(list, request);
  return list.items;
}

function checkMediaCounts(list: ViolationList, request: GenerationRequest, mode: ModeCapabilities) {
  const seen = new Map<MediaRole, number>();
  request.media.forEach(({ role }, index) => {
    const count = (seen.get(role) ?? 0) + 1;
    seen.set(role, count);
    const max = mode.media[role]?.max ?? 0;
    if (count > max) {
      list.error(
        `media[${index}]`,
        "media_count",
        `At most ${max} ${role.replace("_", " ")} ${MEDIA_ROLE_KIND[role]}${max === 1 ? " is" : "s are"} allowed in ${request.mode} mode.`,
        { role, max },
      );
    }
  });
}

function checkElements(list: ViolationList, request: GenerationRequest, mode: ModeCapabilities, hasVideo: boolean) {
  const count = request.elements.length;
  if (count === 0) return;
  if (!mode.elements) {
    list.error("elements", "elements_not_supported", `Elements cannot be used in ${request.mode} mode.`);
    return;
  }
  const shared = mode.elements.sharedWithRole;
  if (!shared) {
    if (count > mode.elements.max)
      list.error(
        "elements",
        "too_many_elements",
        `At most ${mode.elements.max} elements are allowed in ${request.mode} mode; this request has ${count}.`,
        { max: mode.elements.max, count },
      );
    return;
  }
  const max = hasVideo ? SIMULATOR_LIMITS.referencesWithVideo : mode.elements.max;
  const total = count + countRole(request, shared);
  if (total > max) {
    list.error(
      "elements",
      "too_many_references",
      `At most ${max} reference images and elements together are allowed${hasVideo ? " with a video" : ""}; this request has ${total}.`,
      { max, count: total },
    );
  }
}

function checkPrompts(list: ViolationList, request: GenerationRequest) {
  const prompt = request.prompt?.trim() ?? "";
  const split = request.storyboard?.multiShot ? request.storyboard.split : undefined;
  const needsPrompt =
    split === "intelligent" || (split === undefined && ["text", "reference", "edit"].includes(request.mode));
  if (needsPrompt && !prompt) {
    list.error(
      "prompt",
      "prompt_required",
      `A prompt is required for ${split === "intelligent" ? "an intelligent storyboard" : `${request.mode} generation`}.`,
    );
  }
  if (split === "custom" && prompt) {
    list.warning(
      "prompt",
      "prompt_ignored",
      "The main prompt is ignored with custom shots: each shot's prompt is used.",
    );
  }
  const overLimit = (path: string, text: string | undefined, max: number) => {
    if ((text?.length ?? 0) > max)
      list.warning(
        path,
        "prompt_truncated",
        `This text has ${text?.length} characters; providers keep only the first ${max}.`,
      );
  };
  overLimit("prompt", request.prompt, SIMULATOR_LIMITS.promptMaxLength);
  overLimit("negativePrompt", request.negativePrompt, SIMULATOR_LIMITS.negativePromptMaxLength);

  const texts: [string, string | undefined][] = [
    ["prompt", request.prompt],
    ...(request.storyboard?.shots ?? []).map((shot, index): [string, string] => [
      `storyboard.shots[${index}].prompt`,
      shot.prompt,
    ]),
  ];
  for (const [path, text] of texts) {
    for (const name of scenarioTags([text]).filter((tag) => !isSimulatorScenario(tag))) {
      list.error(
        path,
        "simulate_unknown",
        `"[simulate:${name}]" is not a simulated outcome; use one of the simulator's scenarios (e.g. rate_limited, timeout, content_rejected).`,
      );
    }
  }
}

function checkStoryboard(list: ViolationList, request: GenerationRequest, mode: ModeCapabilities) {
  const storyboard = request.storyboard;
  if (!storyboard) return;
  if (!storyboard.multiShot) {
    if (storyboard.shots.length > 0)
      list.error("storyboard.shots", "shots_without_multi_shot", "Shots need multi-shot generation to be on.");
    return;
  }
  if (mode.storyboard === "forbidden") {
    list.error(
      "storyboard",
      "storyboard_not_supported",
      `Multi-shot storyboards are not available in ${request.mode} mode.`,
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
    request.duration ?? SIMULATOR_LIMITS.defaultDuration,
    SIMULATOR_LIMITS,
    "the provider",
  );
}

const CAMERA_MODES: readonly GenerationRequest["mode"][] = ["text", "storyboard", "first_frame", "first_last"];

/** Kling-V2.6's rules: one camera axis at a time; last frame, motion brush and camera exclude each other. */
function checkControls(list: ViolationList, request: GenerationRequest) {
  const camera = request.cameraControl;
  if (camera && !CAMERA_MODES.includes(request.mode)) {
    list.error(
      "cameraControl",
      "camera_control_not_supported",
      "Camera control only applies to text and image-to-video generation.",
    );
  } else if (camera?.type === "simple") {
    const moving = camera.config ? Object.values(camera.config).filter((value) => value !== 0).length : 0;
    if (!camera.config)
      list.error("cameraControl.config", "camera_config_required", "A simple camera move needs its settings.");
    else if (moving !== 1)
      list.error(
        "cameraControl.config",
        "camera_config_one_axis",
        `Exactly one camera setting must be non-zero; ${moving} are.`,
        { count: moving },
      );
  } else if (camera?.config) {
    list.warning(
      "cameraControl.config",
      "camera_config_ignored",
      `The "${camera.type}" move has its own motion; the settings are ignored.`,
    );
  }

  if (request.motionBrush && request.mode !== "first_frame") {
    list.error(
      "motionBrush",
      "motion_brush_needs_first_frame",
      "The motion brush only applies to image-to-video from a first frame.",
    );
  }
  const used = [
    countRole(request, "last_frame") > 0 ? "media" : undefined,
    request.motionBrush ? "motionBrush" : undefined,
    camera ? "cameraControl" : undefined,
  ].filter((path): path is string => path !== undefined);
  const [, second] = used;
  if (second) {
    list.error(
      second,
      "controls_exclusive",
      "A last frame, the motion brush and camera control cannot be combined; keep one of them.",
    );
  }

  if (request.voices.length > 0 && request.audio !== true) {
    list.error("voices", "voices_need_audio", "Voices need generated audio to be on.");
  }
}
