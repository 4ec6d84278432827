import { describe, expect, it } from "vitest";
import { startFakeV3Gateway } from "../testing/fake-v3-gateway";
import { describeProviderValidation, type ProviderRequest, type ValidationCase } from "../testing/validation-harness";
import { createV3GatewayAdapter } from "./adapter";

const IMG = "https://media.test/a.png";
type Request = ProviderRequest;
const text: Request = { model: "kling-v3", mode: "text", prompt: "a cat", aspectRatio: "16:9", duration: 5 };
const frame: Request = {
  model: "kling-v3",
  mode: "first_frame",
  prompt: "go",
  media: [{ role: "first_frame", url: IMG }],
  duration: 5,
};
const shots = (count: number) => Array.from({ length: count }, (_, i) => ({ prompt: `shot ${i + 1}`, duration: 1 }));

// [what, request, expected path, expected rule]
const CASES: ValidationCase[] = [
  ["unknown model", { ...text, model: "kling-v3-std-silent" }, "model", "model_unknown"],
  ["reference mode", { ...text, mode: "reference", elements: [{ id: "1" }] }, "mode", "mode_not_supported"],
  [
    "video edit",
    { ...text, mode: "edit", media: [{ role: "base", url: "https://media.test/v.mp4" }] },
    "mode",
    "mode_not_supported",
  ],
  ["4k quality", { ...text, quality: "4k" }, "quality", "quality_not_supported"],
  ["text without aspect ratio", { ...text, aspectRatio: undefined }, "aspectRatio", "aspect_ratio_required"],
  ["no duration", { ...text, duration: undefined }, "duration", "duration_required"],
  ["duration over 15 s", { ...text, duration: 16 }, "duration", "duration_out_of_range"],
  ["duration under 3 s", { ...text, duration: 2 }, "duration", "duration_out_of_range"],
  ["text without prompt", { ...text, prompt: " " }, "prompt", "prompt_required"],
  ["image without prompt or shots", { ...frame, prompt: undefined }, "prompt", "prompt_required"],
  [
    "custom storyboard without main prompt",
    { ...text, mode: "storyboard", prompt: undefined, storyboard: { split: "custom", shots: shots(2) } },
    "prompt",
    "prompt_required",
  ],
  [
    "prompt with shots in image mode",
    { ...frame, storyboard: { split: "custom", shots: shots(2) } },
    "prompt",
    "prompt_with_shots",
  ],
  [
    "seven shots",
    { ...frame, prompt: undefined, storyboard: { split: "custom", shots: shots(7) } },
    "storyboard.shots",
    "shot_count",
  ],
  [
    "custom storyboard without shots",
    { ...text, mode: "storyboard", storyboard: { split: "custom" } },
    "storyboard.shots",
    "shot_count",
  ],
  [
    "shots with an intelligent split",
    { ...text, mode: "storyboard", storyboard: { split: "intelligent", shots: shots(2) } },
    "storyboard.shots",
    "shots_with_intelligent_split",
  ],
  [
    "shots without multi-shot",
    { ...text, storyboard: { multiShot: false, split: "custom", shots: shots(2) } },
    "storyboard.shots",
    "shots_without_multi_shot",
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
    "inline Base64 image",
    { ...frame, media: [{ role: "first_frame", url: "data:image/png;base64,iVBORw0KGgo=" }] },
    "media[0].url",
    "media_url_not_http",
  ],
  [
    "last frame alone",
    { ...frame, mode: "first_last", media: [{ role: "last_frame", url: IMG }] },
    "media",
    "media_role_missing",
  ],
  ["elements", { ...frame, elements: [{ id: "7" }] }, "elements", "elements_not_supported"],
  [
    "camera control",
    { ...text, cameraControl: { type: "down_back" } },
    "cameraControl",
    "camera_control_not_supported",
  ],
  ["voices", { ...text, voices: [{ voiceId: "v1" }] }, "voices", "voices_not_supported"],
  ["watermark", { ...text, watermark: true }, "watermark", "watermark_not_supported"],
  ["snake_case field", { ...text, cfg_scale: 0.5 } as Request, "", "unrecognized_keys"],
];

const { validate } = describeProviderValidation({
  provider: "v3-gateway",
  startFake: startFakeV3Gateway,
  createAdapter: createV3GatewayAdapter,
  cases: CASES,
  minRules: 12,
});

describe("v3-gateway validation", () => {
  it("reports every violation at once", () => {
    const violations = validate({ ...text, quality: "4k", duration: 20, aspectRatio: undefined, watermark: false });
    expect(violations.map((violation) => violation.rule).sort()).toEqual([
      "aspect_ratio_required",
      "duration_out_of_range",
      "quality_not_supported",
      "watermark_not_supported",
    ]);
  });

  it("warns, without refusing, about what the gateway may ignore or cut", () => {
    const warnings = validate({ ...frame, prompt: "x".repeat(2501), aspectRatio: "9:16" });
    expect(warnings.map(({ rule, severity }) => [rule, severity])).toEqual([
      ["aspect_ratio_ignored", "warning"],
      ["prompt_too_long", "warning"],
    ]);
    const longShot = validate({
      ...frame,
      prompt: undefined,
      storyboard: { split: "custom", shots: [{ prompt: "y".repeat(513), duration: 5 }] },
    });
    expect(longShot.map(({ path, rule }) => `${path}:${rule}`)).toEqual([
      "storyboard.shots[0].prompt:shot_prompt_too_long",
      "storyboard.shots:shot_durations_ignored",
    ]);
  });
});
