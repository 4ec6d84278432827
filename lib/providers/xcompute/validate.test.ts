import { describe, expect, it } from "vitest";
import type { ElementRef } from "../canonical";
import { startFakeXCompute } from "../testing/fake-xcompute";
import { describeProviderValidation, type ProviderRequest, type ValidationCase } from "../testing/validation-harness";
import { createXComputeAdapter } from "./adapter";

const IMG = "https://media.test/a.png";
type Request = ProviderRequest;
const text: Request = { model: "kling-v3", mode: "text", prompt: "a cat" };
const frame: Request = { model: "kling-v3", mode: "first_frame", media: [{ role: "first_frame", url: IMG }] };
const dog = (extra: Partial<ElementRef> = {}): ElementRef => ({
  id: "e1",
  name: "dog",
  description: "a golden retriever",
  imageUrls: [IMG, IMG],
  ...extra,
});
const withElements = (elements: ElementRef[], prompt = "@dog runs"): Request => ({
  ...text,
  mode: "reference",
  prompt,
  elements,
});
const custom = (shots: [string, number][], duration?: number): Request => ({
  ...text,
  mode: "storyboard",
  prompt: undefined,
  duration,
  storyboard: { split: "custom", shots: shots.map(([prompt, seconds]) => ({ prompt, duration: seconds })) },
});

// [what, request, expected path, expected rule]
const CASES: ValidationCase[] = [
  ["unknown model", { ...text, model: "kling-v3-pro" }, "model", "model_unknown"],
  [
    "video edit",
    { ...text, mode: "edit", media: [{ role: "base", url: "https://media.test/v.mp4" }] },
    "mode",
    "mode_not_supported",
  ],
  [
    "motion control",
    {
      ...text,
      mode: "motion_control",
      media: [
        { role: "character", url: IMG },
        { role: "action", url: "https://media.test/v.mp4" },
      ],
    },
    "mode",
    "mode_not_supported",
  ],
  ["duration over 15 s", { ...text, duration: 16 }, "duration", "duration_out_of_range"],
  ["duration under 3 s", { ...text, duration: 2 }, "duration", "duration_out_of_range"],
  ["text without prompt", { ...text, prompt: "" }, "prompt", "prompt_required"],
  [
    "intelligent storyboard without prompt",
    { ...text, mode: "storyboard", prompt: undefined, storyboard: { split: "intelligent" } },
    "prompt",
    "prompt_required",
  ],
  [
    "last frame alone",
    { ...frame, mode: "first_last", media: [{ role: "last_frame", url: IMG }] },
    "media",
    "media_role_missing",
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
    "reference images",
    { ...withElements([dog()]), media: [{ role: "refer", url: IMG }] },
    "media[0]",
    "reference_images_not_supported",
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
  ["custom storyboard without shots", custom([], 5), "storyboard.shots", "shot_count"],
  [
    "shot prompt over 512 characters",
    custom([["x".repeat(513), 5]]),
    "storyboard.shots[0].prompt",
    "shot_prompt_too_long",
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
    "shots not adding up to the default 5 s",
    custom([
      ["a", 2],
      ["b", 2],
    ]),
    "storyboard.shots",
    "shot_durations_sum",
  ],
  [
    "shots with an intelligent split",
    { ...text, mode: "storyboard", storyboard: { split: "intelligent", shots: [{ prompt: "a", duration: 5 }] } },
    "storyboard.shots",
    "shots_with_intelligent_split",
  ],
  [
    "shots without multi-shot",
    { ...text, storyboard: { multiShot: false, split: "custom", shots: [{ prompt: "a", duration: 5 }] } },
    "storyboard.shots",
    "shots_without_multi_shot",
  ],
  [
    "four elements",
    withElements(
      ["a", "b", "c", "d"].map((name) => dog({ name })),
      "@a @b @c @d",
    ),
    "elements",
    "too_many_elements",
  ],
  ["elements in text mode", { ...withElements([dog()]), mode: "text" }, "elements", "elements_need_reference_mode"],
  ["element without name", withElements([dog({ name: undefined })]), "elements[0].name", "element_name_required"],
  [
    "element name with a space",
    withElements([dog({ name: "golden dog" })], "@golden dog"),
    "elements[0].name",
    "element_name_invalid",
  ],
  [
    "two elements with one name",
    withElements([dog(), dog({ id: "e2" })]),
    "elements[1].name",
    "element_name_duplicate",
  ],
  ["element not in the prompt", withElements([dog()], "a dog runs"), "elements[0].name", "element_not_referenced"],
  ["element only as a longer name", withElements([dog()], "@doggy runs"), "elements[0].name", "element_not_referenced"],
  [
    "element without description",
    withElements([dog({ description: " " })]),
    "elements[0].description",
    "element_description_required",
  ],
  ["element with one image", withElements([dog({ imageUrls: [IMG] })]), "elements[0].imageUrls", "element_image_count"],
  [
    "element with five images",
    withElements([dog({ imageUrls: [IMG, IMG, IMG, IMG, IMG] })]),
    "elements[0].imageUrls",
    "element_image_count",
  ],
  [
    "element image inline",
    withElements([dog({ imageUrls: [IMG, "data:image/png;base64,AAAA"] })]),
    "elements[0].imageUrls[1]",
    "media_url_not_http",
  ],
  [
    "camera control",
    { ...text, cameraControl: { type: "down_back" } },
    "cameraControl",
    "camera_control_not_supported",
  ],
  ["voices", { ...text, voices: [{ voiceId: "v1" }] }, "voices", "voices_not_supported"],
  ["quoted duration", { ...text, duration: "5" } as unknown as Request, "duration", "invalid_type"],
];

const { validate } = describeProviderValidation({
  provider: "xcompute",
  startFake: startFakeXCompute,
  createAdapter: createXComputeAdapter,
  cases: CASES,
  minRules: 12,
});

describe("xcompute validation", () => {
  it("warns about unconfirmed quality/duration pairs instead of refusing them", () => {
    const rules = (request: Request) =>
      validate({ ...request }).map(({ path, rule, severity }) => `${path}:${rule}:${severity}`);
    expect(rules({ ...text, quality: "std", duration: 15 })).toEqual([]);
    expect(rules({ ...text, quality: "pro", duration: 10 })).toEqual([]);
    expect(rules({ ...text, quality: "pro", duration: 15 })).toEqual(["duration:duration_unconfirmed:warning"]);
    expect(rules({ ...text, duration: 7 })).toEqual(["duration:duration_unconfirmed:warning"]);
    expect(rules({ ...text, quality: "4k" })).toEqual(["duration:duration_unconfirmed:warning"]);
  });

  it("finds @name without a space in Chinese prompts and warns about unknown mentions", () => {
    const rules = (request: Request) => validate({ ...request }).map(({ rule }) => rule);
    expect(rules(withElements([dog({ name: "小狗" })], "@小狗在草地上奔跑"))).toEqual([]);
    expect(rules(withElements([dog()], "@dog和@cat在玩"))).toEqual(["prompt_reference_unknown"]);
    expect(rules({ ...custom([["@dog sits", 5]]), elements: [dog()] })).toEqual([]);
  });

  it("reports every violation at once", () => {
    const violations = validate({
      ...withElements([dog({ imageUrls: [] })], "plain"),
      duration: 20,
      voices: [{ voiceId: "v" }],
    });
    expect(violations.map((violation) => violation.rule).sort()).toEqual([
      "duration_out_of_range",
      "element_image_count",
      "element_not_referenced",
      "voices_not_supported",
    ]);
  });
});
