import type { VideoRules } from "@/lib/providers";
import { megabytes, type MediaCheck, type MediaFacts } from "./media-checks";

/**
 * Every rule of the provider a video breaks, judged only on the facts known. The browser cannot
 * measure frame rate, so fps is checked once the server has probed the upload.
 */
export function checkVideoFacts(facts: MediaFacts, rules: VideoRules): MediaCheck[] {
  const checks: MediaCheck[] = [];
  const format = facts.format?.toLowerCase();
  if (format && !rules.formats.includes(format)) {
    checks.push({ rule: "video_format", params: { format, formats: rules.formats.join(", ") } });
  }
  const seconds = facts.durationSeconds;
  if (seconds !== undefined && (seconds < rules.minSeconds || seconds > rules.maxSeconds)) {
    checks.push({
      rule: "video_duration",
      params: { seconds: Math.round(seconds * 10) / 10, min: rules.minSeconds, max: rules.maxSeconds },
    });
  }
  for (const side of ["width", "height"] as const) {
    const value = facts[side];
    if (value !== undefined && (value < rules.minSide || value > rules.maxSide)) {
      checks.push({ rule: "video_size", params: { side, value, min: rules.minSide, max: rules.maxSide } });
    }
  }
  if (facts.sizeBytes !== undefined && facts.sizeBytes > rules.maxBytes) {
    checks.push({
      rule: "video_file_size",
      params: { size: megabytes(facts.sizeBytes), max: megabytes(rules.maxBytes) },
    });
  }
  if (facts.fps !== undefined && (facts.fps < rules.minFps || facts.fps > rules.maxFps)) {
    checks.push({
      rule: "video_fps",
      params: { fps: Math.round(facts.fps * 100) / 100, min: rules.minFps, max: rules.maxFps },
    });
  }
  return checks;
}

export type CharacterOrientation = "image" | "video";

/**
 * Motion control: the action video's rules with the longest duration its character orientation
 * allows (Kling: 10 s facing as in the image, 30 s as in the video).
 */
export function actionVideoRules(
  rules: VideoRules,
  orientation: CharacterOrientation,
  maxSecondsByOrientation: Record<CharacterOrientation, number>,
): VideoRules {
  return { ...rules, maxSeconds: Math.min(rules.maxSeconds, maxSecondsByOrientation[orientation]) };
}
