import type { ImageRules, VideoRules } from "../capabilities";

/**
 * Kling's limits on input media as DashScope's and the Kling gateway's API references state them: JPEG/PNG images of 300–8000 px per
 * side, aspect 1:2.5–2.5:1, ≤ 10 MB; MP4/MOV videos of 3–10 s, 720–2160 px, ≤ 200 MB, 24–60 fps.
 * Each provider starts from these and states only where it differs.
 */
export const KLING_IMAGE_RULES: ImageRules = {
  formats: ["jpeg", "jpg", "png"],
  minSide: 300,
  maxSide: 8000,
  minAspect: 1 / 2.5,
  maxAspect: 2.5,
  maxBytes: 10 * 1024 * 1024,
  allowAlpha: false,
};

export const KLING_VIDEO_RULES: VideoRules = {
  formats: ["mp4", "mov"],
  minSeconds: 3,
  maxSeconds: 10,
  minSide: 720,
  maxSide: 2160,
  maxBytes: 200 * 1024 * 1024,
  minFps: 24,
  maxFps: 60,
};

/** Motion control's action video: its longest duration by character orientation (the Kling gateway's API reference). */
export const KLING_ACTION_SECONDS_BY_ORIENTATION = { image: 10, video: 30 } as const;

/** Motion control's action video: MP4/MOV, 340–3850 px, ≤ 100 MB; its longest duration depends on the orientation. */
export const KLING_ACTION_VIDEO_RULES: VideoRules = {
  formats: ["mp4", "mov"],
  minSeconds: 3,
  maxSeconds: KLING_ACTION_SECONDS_BY_ORIENTATION.video,
  minSide: 340,
  maxSide: 3850,
  maxBytes: 100 * 1024 * 1024,
  minFps: 0,
  maxFps: Number.POSITIVE_INFINITY,
};
