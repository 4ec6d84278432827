import { MEDIA_ROLE_KIND, type GenerationMode, type GenerationRequest } from "../canonical";
import { SIMULATOR_LIMITS } from "./capabilities";
import type { AspectRatio, RenderSimulatedVideoOptions } from "./render-options";
import { withoutScenarioTags } from "./scenarios";

const MODE_TITLES: Record<GenerationMode, string> = {
  text: "Text to video",
  storyboard: "Storyboard",
  first_frame: "Image to video",
  first_last: "First + last frame",
  reference: "Reference to video",
  edit: "Video edit",
  extend: "Video extension",
  motion_control: "Motion control",
};

/** The title line shows the settings the simulator received but cannot act out. */
function title(request: GenerationRequest): string {
  const count = (n: number, what: string) => (n > 0 ? `${n} ${what}${n === 1 ? "" : "s"}` : undefined);
  const mode =
    request.mode === "extend" ? `${MODE_TITLES.extend} (${request.extendDirection} shot)` : MODE_TITLES[request.mode];
  return [
    mode,
    request.quality ?? "std",
    request.cameraControl && `camera ${request.cameraControl.type.replaceAll("_", " ")}`,
    request.motionBrush && "motion brush",
    count(request.voices.length, "voice"),
    count(request.elements.length, "element"),
    count(request.media.filter((item) => item.role === "refer").length, "reference image"),
  ]
    .filter(Boolean)
    .join(" · ");
}

/**
 * Intelligent split, acted out: one shot per sentence (at most the shot limit and one per second),
 * the seconds shared out as evenly as whole seconds allow.
 */
export function splitIntoShots(prompt: string, totalSeconds: number): { prompt: string; durationSeconds: number }[] {
  const sentences = prompt
    .split(/(?<=[.!?。！？])\s*/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
  const count = Math.max(1, Math.min(sentences.length, SIMULATOR_LIMITS.maxShots, totalSeconds));
  const perShot = Math.floor(totalSeconds / count);
  const texts =
    sentences.length > count ? [...sentences.slice(0, count - 1), sentences.slice(count - 1).join(" ")] : sentences;
  return Array.from({ length: count }, (_, index) => ({
    prompt: texts[index] ?? prompt,
    durationSeconds: perShot + (index < totalSeconds % count ? 1 : 0),
  }));
}

/** The ratio nearest the input video's (edit, extend, motion control), when its size was measured. */
function inputVideoRatio(request: GenerationRequest): AspectRatio | undefined {
  const video = request.media.find((item) => MEDIA_ROLE_KIND[item.role] === "video" && item.metadata?.width);
  const { width, height } = video?.metadata ?? {};
  if (!width || !height) return undefined;
  const ratio = width / height;
  return ratio > 1.25 ? "16:9" : ratio < 0.8 ? "9:16" : "1:1";
}

/** What the renderer draws for a (valid) request. */
export function renderOptionsFor(
  request: GenerationRequest,
  extras: { scale: "preview" | "full"; firstFrame?: Uint8Array<ArrayBuffer> },
): RenderSimulatedVideoOptions {
  const durationSeconds = request.duration ?? SIMULATOR_LIMITS.defaultDuration;
  const prompt = withoutScenarioTags(request.prompt ?? "");
  const storyboard = request.storyboard?.multiShot ? request.storyboard : undefined;
  const shots =
    storyboard?.split === "custom"
      ? storyboard.shots.map((shot) => ({ prompt: withoutScenarioTags(shot.prompt), durationSeconds: shot.duration }))
      : storyboard?.split === "intelligent"
        ? splitIntoShots(prompt, durationSeconds)
        : undefined;
  return {
    aspectRatio: request.aspectRatio ?? inputVideoRatio(request) ?? "16:9",
    durationSeconds,
    quality: request.quality ?? "std",
    audio: request.audio ?? false,
    prompt: prompt || undefined,
    shots,
    firstFrame: extras.firstFrame,
    title: title(request),
    scale: extras.scale,
  };
}
