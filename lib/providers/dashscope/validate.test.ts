import { describe, expect, it } from "vitest";
import { startFakeDashScope } from "../testing/fake-dashscope";
import { describeProviderValidation, type ProviderRequest, type ValidationCase } from "../testing/validation-harness";
import { createDashScopeAdapter } from "./adapter";

const STD = "kling/kling-v3-video-generation";
const OMNI = "kling/kling-v3-omni-video-generation";
const IMG = "https://media.test/a.png";
const VID = "https://media.test/v.mp4";
const MB = 1024 * 1024;

type Request = ProviderRequest;
const text: Request = { model: OMNI, mode: "text", prompt: "a cat", aspectRatio: "16:9" };
const edit: Request = { model: OMNI, mode: "edit", prompt: "night", media: [{ role: "base", url: VID }] };
const frame: Request = { model: OMNI, mode: "first_frame", prompt: "go", media: [{ role: "first_frame", url: IMG }] };
const custom = (shots: [string, number][], duration?: number): Request => ({
  ...text,
  mode: "storyboard",
  prompt: undefined,
  duration,
  storyboard: { split: "custom", shots: shots.map(([prompt, seconds]) => ({ prompt, duration: seconds })) },
});
const image = (metadata: object): Request => ({ ...frame, media: [{ role: "first_frame", url: IMG, metadata }] });
const video = (metadata: object): Request => ({ ...edit, media: [{ role: "base", url: VID, metadata }] });
const refs = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ role: "refer" as const, url: `https://media.test/r${i}.png` }));
const ids = (count: number) => Array.from({ length: count }, (_, i) => ({ id: String(i + 1) }));

// [what, request, expected path, expected rule]
const CASES: ValidationCase[] = [
  ["unknown model", { ...text, model: "kling/kling-v9" }, "model", "model_unknown"],
  [
    "reference on the standard model",
    { ...text, model: STD, mode: "reference", media: refs(1) },
    "mode",
    "mode_not_supported",
  ],
  ["text without aspect ratio", { ...text, aspectRatio: undefined }, "aspectRatio", "aspect_ratio_required"],
  [
    "reference without aspect ratio",
    { ...text, mode: "reference", media: refs(1), aspectRatio: undefined },
    "aspectRatio",
    "aspect_ratio_required",
  ],
  ["duration over 15 s", { ...text, duration: 16 }, "duration", "duration_out_of_range"],
  ["duration under 3 s", { ...text, duration: 2 }, "duration", "duration_out_of_range"],
  ["duration over 10 s with a video", { ...edit, duration: 12 }, "duration", "duration_out_of_range"],
  ["audio with a video", { ...edit, audio: true }, "audio", "audio_with_video"],
  ["4k quality", { ...text, quality: "4k" }, "quality", "quality_not_supported"],
  ["text without prompt", { ...text, prompt: " " }, "prompt", "prompt_required"],
  [
    "intelligent storyboard without prompt",
    { ...text, mode: "storyboard", prompt: undefined, storyboard: { split: "intelligent" } },
    "prompt",
    "prompt_required",
  ],
  [
    "seven shots",
    custom(
      [
        ["a", 1],
        ["b", 1],
        ["c", 1],
        ["d", 1],
        ["e", 1],
        ["f", 1],
        ["g", 1],
      ],
      7,
    ),
    "storyboard.shots",
    "shot_count",
  ],
  [
    "shot longer than the video",
    custom(
      [
        ["a", 1],
        ["b", 6],
      ],
      5,
    ),
    "storyboard.shots[1].duration",
    "shot_duration_out_of_range",
  ],
  [
    "shots not adding up",
    custom(
      [
        ["a", 2],
        ["b", 2],
      ],
      5,
    ),
    "storyboard.shots",
    "shot_durations_sum",
  ],
  [
    "multi-shot image-to-video",
    { ...frame, storyboard: { split: "intelligent" } },
    "storyboard",
    "storyboard_not_supported",
  ],
  [
    "shots with an intelligent split",
    { ...text, mode: "storyboard", storyboard: { split: "intelligent", shots: [{ prompt: "a", duration: 5 }] } },
    "storyboard.shots",
    "shots_with_intelligent_split",
  ],
  [
    "two first frames",
    {
      ...frame,
      media: [
        { role: "first_frame", url: IMG },
        { role: "first_frame", url: IMG },
      ],
    },
    "media[1]",
    "media_count",
  ],
  [
    "first frame + reference images",
    { ...text, mode: "reference", media: [{ role: "first_frame", url: IMG }, ...refs(1)] },
    "media",
    "media_combination",
  ],
  ["elements on the standard model", { ...frame, model: STD, elements: ids(1) }, "elements", "elements_not_supported"],
  ["elements in text mode", { ...text, elements: ids(1) }, "elements", "elements_not_supported"],
  ["element id not a number", { ...frame, elements: [{ id: "abc" }] }, "elements[0].id", "element_id_invalid"],
  [
    "element id beyond 2^53",
    { ...frame, elements: [{ id: "18446744073709551615" }] },
    "elements[0].id",
    "element_id_invalid",
  ],
  ["four elements with a first frame", { ...frame, elements: ids(4) }, "elements", "too_many_elements"],
  [
    "eight references without video",
    { ...text, mode: "reference", media: refs(6), elements: ids(2) },
    "media",
    "too_many_references",
  ],
  [
    "five references with a video",
    { ...edit, media: [{ role: "base", url: VID }, ...refs(3)], elements: ids(2) },
    "media",
    "too_many_references",
  ],
  [
    "inline Base64 media",
    { ...frame, media: [{ role: "first_frame", url: "data:image/png;base64,iVBORw0KGgo=" }] },
    "media[0].url",
    "media_url_not_http",
  ],
  ["image too small", image({ width: 200, height: 300 }), "media[0].metadata.width", "image_size"],
  ["image too wide", image({ width: 3000, height: 1000 }), "media[0].metadata", "image_aspect_ratio"],
  ["image too heavy", image({ sizeBytes: 12 * MB }), "media[0].metadata.sizeBytes", "image_file_size"],
  ["transparent PNG", image({ format: "PNG", hasAlpha: true }), "media[0].metadata.hasAlpha", "image_alpha"],
  ["WebP image", image({ format: "webp" }), "media[0].metadata.format", "image_format"],
  ["video too long", video({ durationSeconds: 12 }), "media[0].metadata.durationSeconds", "video_duration"],
  ["video too small", video({ width: 640, height: 720 }), "media[0].metadata.width", "video_size"],
  ["video frame rate too low", video({ fps: 15 }), "media[0].metadata.fps", "video_fps"],
  ["video too heavy", video({ sizeBytes: 250 * MB }), "media[0].metadata.sizeBytes", "video_file_size"],
  ["AVI video", video({ format: "avi" }), "media[0].metadata.format", "video_format"],
  [
    "camera control",
    { ...text, cameraControl: { type: "down_back" } },
    "cameraControl",
    "camera_control_not_supported",
  ],
  ["voices", { ...text, voices: [{ voiceId: "v1" }] }, "voices", "voices_not_supported"],
  [
    "keep sound on an image",
    { ...frame, media: [{ role: "first_frame", url: IMG, keepOriginalSound: true }] },
    "media[0].keepOriginalSound",
    "keep_sound_not_video",
  ],
  ["edit without base video", { ...edit, media: refs(1) }, "media", "media_role_missing"],
  ["unknown field", { ...text, negative_prompt: "x" } as Request, "", "unrecognized_keys"],
];

const { validate } = describeProviderValidation({
  provider: "dashscope",
  startFake: startFakeDashScope,
  createAdapter: createDashScopeAdapter,
  cases: CASES,
  minRules: 20,
});

describe("dashscope validation", () => {
  it("reports every violation at once", () => {
    const violations = validate({
      ...edit,
      audio: true,
      duration: 14,
      quality: "4k",
      media: [{ role: "base", url: VID, metadata: { fps: 12 } }],
    });
    expect(violations.map((violation) => violation.rule).sort()).toEqual([
      "audio_with_video",
      "duration_out_of_range",
      "quality_not_supported",
      "video_fps",
    ]);
  });

  it("warns, without refusing, about prompts DashScope truncates", async () => {
    const long = "x".repeat(2501);
    expect(validate({ ...text, prompt: long })).toEqual([
      expect.objectContaining({ path: "prompt", rule: "prompt_truncated", severity: "warning" }),
    ]);
    const shots = validate({ ...custom([["y".repeat(513), 5]]) });
    expect(shots).toEqual([
      expect.objectContaining({
        path: "storyboard.shots[0].prompt",
        rule: "shot_prompt_truncated",
        severity: "warning",
      }),
    ]);
  });
});
