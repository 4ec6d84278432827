import { describe, expect, it } from "vitest";
import { startFakeKlingGateway } from "../testing/fake-kling-gateway";
import { describeProviderValidation, type ProviderRequest, type ValidationCase } from "../testing/validation-harness";
import { createKlingGatewayAdapter } from "./adapter";

const O1 = "Kling-Video-O1";
const V2 = "Kling-V2.6";
const IMG = "https://media.test/a.png";
const VID = "https://media.test/v.mp4";
const MB = 1024 * 1024;

type Request = ProviderRequest;
const o1Text: Request = { model: O1, mode: "text", prompt: "a cat", aspectRatio: "16:9" };
const o1Frame: Request = { model: O1, mode: "first_frame", prompt: "go", media: [{ role: "first_frame", url: IMG }] };
const o1Edit: Request = { model: O1, mode: "edit", prompt: "night", media: [{ role: "base", url: VID }] };
const o1Reference: Request = {
  model: O1,
  mode: "reference",
  prompt: "meet",
  media: [{ role: "refer", url: IMG }],
  aspectRatio: "1:1",
};
const o1Extend: Request = {
  model: O1,
  mode: "extend",
  extendDirection: "next",
  media: [{ role: "feature", url: VID }],
};
const v2Text: Request = { model: V2, mode: "text", prompt: "a cat" };
const v2Image: Request = { model: V2, mode: "first_frame", prompt: "go", media: [{ role: "first_frame", url: IMG }] };
const v2Tail: Request = {
  ...v2Image,
  mode: "first_last",
  media: [
    { role: "first_frame", url: IMG },
    { role: "last_frame", url: IMG },
  ],
};
const motion: Request = {
  model: V2,
  mode: "motion_control",
  quality: "pro",
  characterOrientation: "image",
  media: [
    { role: "character", url: IMG },
    { role: "action", url: VID },
  ],
};
const brush = (extra: Partial<Request> = {}): Request => ({
  ...v2Image,
  media: [
    { role: "first_frame", url: IMG },
    { role: "mask", url: IMG },
  ],
  motionBrush: {
    dynamicMasks: [
      {
        mask: 1,
        trajectory: [
          { x: 1, y: 2 },
          { x: 3, y: 4 },
        ],
      },
    ],
  },
  ...extra,
});
const refs = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ role: "refer" as const, url: `https://media.test/r${i}.png` }));
const ids = (count: number) => Array.from({ length: count }, (_, i) => ({ id: String(i + 1) }));
const zoom = (zoom: number, pan = 0) => ({
  type: "simple" as const,
  config: { horizontal: 0, vertical: 0, pan, tilt: 0, roll: 0, zoom },
});

// [what, request, expected path, expected rule]
const CASES: ValidationCase[] = [
  ["unknown model", { ...o1Text, model: "Kling-V1" }, "model", "model_unknown"],
  ["motion control on O1", { ...motion, model: O1 }, "mode", "mode_not_supported"],
  ["edit on V2.6", { ...o1Edit, model: V2 }, "mode", "mode_not_supported"],
  [
    "O1 last frame without first frame",
    { ...o1Frame, mode: "first_last", media: [{ role: "last_frame", url: IMG }] },
    "media",
    "media_role_missing",
  ],
  [
    "O1 last frame with more than 2 images",
    {
      ...o1Frame,
      mode: "first_last",
      media: [
        { role: "first_frame", url: IMG },
        { role: "first_frame", url: IMG },
        { role: "last_frame", url: IMG },
      ],
    },
    "media",
    "last_frame_with_many_images",
  ],
  [
    "O1 two videos",
    {
      ...o1Reference,
      media: [
        { role: "feature", url: VID },
        { role: "feature", url: VID },
      ],
    },
    "media[1]",
    "video_count",
  ],
  [
    "O1 eight images + elements without video",
    { ...o1Reference, media: refs(5), elements: ids(3) },
    "media",
    "too_many_references",
  ],
  [
    "O1 five images + elements with a video",
    { ...o1Edit, media: [{ role: "base", url: VID }, ...refs(2)], elements: ids(3) },
    "media",
    "too_many_references",
  ],
  [
    "O1 base video with a first frame",
    {
      ...o1Edit,
      media: [
        { role: "base", url: VID },
        { role: "first_frame", url: IMG },
      ],
    },
    "media[1].role",
    "media_role_not_allowed",
  ],
  ["O1 text lasting 7 s", { ...o1Text, duration: 7 }, "duration", "duration_out_of_range"],
  ["O1 first frame lasting 3 s", { ...o1Frame, duration: 3 }, "duration", "duration_out_of_range"],
  ["O1 reference lasting 12 s", { ...o1Reference, duration: 12 }, "duration", "duration_out_of_range"],
  ["O1 edit with a duration", { ...o1Edit, duration: 5 }, "duration", "duration_not_allowed"],
  ["O1 edit with an aspect ratio", { ...o1Edit, aspectRatio: "16:9" }, "aspectRatio", "aspect_ratio_not_allowed"],
  [
    "O1 image-to-video with an aspect ratio",
    { ...o1Frame, aspectRatio: "1:1" },
    "aspectRatio",
    "aspect_ratio_not_allowed",
  ],
  ["O1 text without aspect ratio", { ...o1Text, aspectRatio: undefined }, "aspectRatio", "aspect_ratio_required"],
  [
    "O1 reference without aspect ratio",
    { ...o1Reference, aspectRatio: undefined },
    "aspectRatio",
    "aspect_ratio_required",
  ],
  ["O1 without prompt", { ...o1Frame, prompt: " " }, "prompt", "prompt_required"],
  [
    "O1 prompt naming a missing image",
    { ...o1Reference, prompt: "<<<image_2>>> walks" },
    "prompt",
    "prompt_reference_unknown",
  ],
  [
    "O1 extend asked for the other direction",
    { ...o1Extend, prompt: "生成上一个镜头" },
    "prompt",
    "extend_direction_conflict",
  ],
  ["O1 elements in text mode", { ...o1Text, elements: ids(1) }, "elements", "elements_not_allowed"],
  ["O1 element id not a number", { ...o1Reference, elements: [{ id: "abc" }] }, "elements[0].id", "element_id_invalid"],
  [
    "O1 element id beyond 64 bits",
    { ...o1Reference, elements: [{ id: "18446744073709551616" }] },
    "elements[0].id",
    "element_id_invalid",
  ],
  ["O1 sound", { ...o1Text, audio: true }, "audio", "audio_not_supported"],
  ["O1 negative prompt", { ...o1Text, negativePrompt: "blur" }, "negativePrompt", "negative_prompt_not_supported"],
  [
    "O1 camera control",
    { ...o1Text, cameraControl: { type: "forward_up" } },
    "cameraControl",
    "camera_control_not_supported",
  ],
  [
    "O1 video too short",
    { ...o1Edit, media: [{ role: "base", url: VID, metadata: { durationSeconds: 2 } }] },
    "media[0].metadata.durationSeconds",
    "video_duration",
  ],
  [
    "O1 video too small",
    { ...o1Edit, media: [{ role: "base", url: VID, metadata: { width: 640, height: 720 } }] },
    "media[0].metadata.width",
    "video_size",
  ],
  [
    "O1 video as Base64",
    { ...o1Edit, media: [{ role: "base", url: "data:video/mp4;base64,AAAA" }] },
    "media[0].url",
    "video_url_not_http",
  ],
  [
    "image too small",
    { ...o1Frame, media: [{ role: "first_frame", url: IMG, metadata: { width: 200, height: 300 } }] },
    "media[0].metadata.width",
    "image_size",
  ],
  [
    "image too heavy",
    { ...v2Image, media: [{ role: "first_frame", url: IMG, metadata: { sizeBytes: 11 * MB } }] },
    "media[0].metadata.sizeBytes",
    "image_file_size",
  ],
  ["4k quality", { ...o1Text, quality: "4k" }, "quality", "quality_not_supported"],
  ["prompt over 2500 characters", { ...v2Text, prompt: "x".repeat(2501) }, "prompt", "prompt_too_long"],
  ["storyboard", { ...v2Text, mode: "storyboard", storyboard: { split: "intelligent" } }, "mode", "mode_not_supported"],
  ["watermark", { ...v2Text, watermark: true }, "watermark", "watermark_not_supported"],
  ["V2.6 text without prompt", { ...v2Text, prompt: undefined }, "prompt", "prompt_required"],
  ["V2.6 text lasting 7 s", { ...v2Text, duration: 7 }, "duration", "duration_out_of_range"],
  ["V2.6 elements", { ...v2Image, elements: ids(1) }, "elements", "elements_not_supported"],
  [
    "V2.6 image-to-video with an aspect ratio",
    { ...v2Image, aspectRatio: "16:9" },
    "aspectRatio",
    "aspect_ratio_not_allowed",
  ],
  [
    "V2.6 simple camera without config",
    { ...v2Text, cameraControl: { type: "simple" } },
    "cameraControl.config",
    "camera_config_required",
  ],
  [
    "V2.6 simple camera on two axes",
    { ...v2Text, cameraControl: zoom(5, 2) },
    "cameraControl.config",
    "camera_config_one_axis",
  ],
  [
    "V2.6 simple camera on no axis",
    { ...v2Text, cameraControl: zoom(0) },
    "cameraControl.config",
    "camera_config_one_axis",
  ],
  [
    "V2.6 preset camera with config",
    { ...v2Text, cameraControl: { ...zoom(5), type: "down_back" } },
    "cameraControl.config",
    "camera_config_not_allowed",
  ],
  [
    "V2.6 camera with a last frame",
    { ...v2Tail, cameraControl: { type: "forward_up" } },
    "cameraControl",
    "exclusive_controls",
  ],
  [
    "V2.6 camera with the motion brush",
    brush({ cameraControl: { type: "forward_up" } }),
    "cameraControl",
    "exclusive_controls",
  ],
  [
    "V2.6 motion brush with a last frame",
    { ...v2Tail, motionBrush: { dynamicMasks: [] } },
    "motionBrush",
    "motion_brush_not_allowed",
  ],
  [
    "V2.6 seven dynamic masks",
    brush({
      motionBrush: {
        dynamicMasks: Array.from({ length: 7 }, () => ({
          mask: 1,
          trajectory: [
            { x: 1, y: 1 },
            { x: 2, y: 2 },
          ],
        })),
      },
    }),
    "motionBrush.dynamicMasks",
    "too_big",
  ],
  [
    "V2.6 trajectory of one point",
    brush({ motionBrush: { dynamicMasks: [{ mask: 1, trajectory: [{ x: 1, y: 1 }] }] } }),
    "motionBrush.dynamicMasks[0].trajectory",
    "too_small",
  ],
  [
    "V2.6 trajectory of 78 points",
    brush({
      motionBrush: { dynamicMasks: [{ mask: 1, trajectory: Array.from({ length: 78 }, (_, x) => ({ x, y: 0 })) }] },
    }),
    "motionBrush.dynamicMasks[0].trajectory",
    "too_big",
  ],
  [
    "V2.6 fractional trajectory point",
    brush({
      motionBrush: {
        dynamicMasks: [
          {
            mask: 1,
            trajectory: [
              { x: 1.5, y: 1 },
              { x: 2, y: 2 },
            ],
          },
        ],
      },
    }),
    "motionBrush.dynamicMasks[0].trajectory[0]",
    "trajectory_point_invalid",
  ],
  [
    "V2.6 mask of another shape",
    brush({
      media: [
        { role: "first_frame", url: IMG, metadata: { width: 1600, height: 900 } },
        { role: "mask", url: IMG, metadata: { width: 1000, height: 1000 } },
      ],
    }),
    "media[1].metadata",
    "mask_aspect_ratio",
  ],
  [
    "V2.6 masks of different resolutions",
    brush({
      media: [
        { role: "first_frame", url: IMG },
        { role: "mask", url: IMG, metadata: { width: 1600, height: 900 } },
        { role: "mask", url: IMG, metadata: { width: 800, height: 450 } },
      ],
      motionBrush: {
        staticMask: 2,
        dynamicMasks: [
          {
            mask: 1,
            trajectory: [
              { x: 1, y: 1 },
              { x: 2, y: 2 },
            ],
          },
        ],
      },
    }),
    "media[2].metadata",
    "mask_resolution",
  ],
  [
    "V2.6 voices without sound",
    { ...v2Image, prompt: "<<<voice_1>>> says hi", voices: [{ voiceId: "v1" }] },
    "audio",
    "voices_need_sound",
  ],
  [
    "V2.6 three voices",
    { ...v2Image, audio: true, voices: [{ voiceId: "a" }, { voiceId: "b" }, { voiceId: "c" }] },
    "voices",
    "too_big",
  ],
  [
    "V2.6 voices in text-to-video",
    { ...v2Text, audio: true, prompt: "<<<voice_1>>>", voices: [{ voiceId: "v1" }] },
    "voices",
    "voices_not_allowed",
  ],
  [
    "V2.6 prompt naming a missing voice",
    { ...v2Image, audio: true, prompt: "<<<voice_2>>> says hi", voices: [{ voiceId: "v1" }] },
    "prompt",
    "prompt_voice_reference_unknown",
  ],
  ["motion control without quality", { ...motion, quality: undefined }, "quality", "quality_required"],
  [
    "motion control without orientation",
    { ...motion, characterOrientation: undefined },
    "characterOrientation",
    "character_orientation_required",
  ],
  [
    "motion control: 12 s action facing as in the image",
    {
      ...motion,
      media: [
        { role: "character", url: IMG },
        { role: "action", url: VID, metadata: { durationSeconds: 12 } },
      ],
    },
    "media[1].metadata.durationSeconds",
    "video_duration",
  ],
  [
    "motion control: 31 s action facing as in the video",
    {
      ...motion,
      characterOrientation: "video",
      media: [
        { role: "character", url: IMG },
        { role: "action", url: VID, metadata: { durationSeconds: 31 } },
      ],
    },
    "media[1].metadata.durationSeconds",
    "video_duration",
  ],
  [
    "motion control: action video too large",
    {
      ...motion,
      media: [
        { role: "character", url: IMG },
        { role: "action", url: VID, metadata: { width: 4000, height: 2000 } },
      ],
    },
    "media[1].metadata.width",
    "video_size",
  ],
  ["motion control with a duration", { ...motion, duration: 5 }, "duration", "duration_not_allowed"],
  ["motion control with sound", { ...motion, audio: true }, "audio", "audio_not_supported"],
  [
    "motion control with a negative prompt",
    { ...motion, negativePrompt: "blur" },
    "negativePrompt",
    "negative_prompt_not_supported",
  ],
  [
    "orientation outside motion control",
    { ...v2Image, characterOrientation: "image" },
    "characterOrientation",
    "character_orientation_not_allowed",
  ],
];

const { validate } = describeProviderValidation({
  provider: "kling-gateway",
  startFake: startFakeKlingGateway,
  createAdapter: createKlingGatewayAdapter,
  cases: CASES,
  minRules: 40,
});

describe("kling-gateway validation", () => {
  it("reports every violation at once", () => {
    const violations = validate({ ...o1Edit, duration: 5, aspectRatio: "1:1", audio: true, quality: "4k" });
    expect(violations.map((violation) => violation.rule).sort()).toEqual([
      "aspect_ratio_not_allowed",
      "audio_not_supported",
      "duration_not_allowed",
      "quality_not_supported",
    ]);
  });

  it("warns about voices the prompt never names, without refusing", () => {
    const violations = validate({
      ...v2Image,
      audio: true,
      prompt: "<<<voice_1>>> hi",
      voices: [{ voiceId: "a" }, { voiceId: "b" }],
    });
    expect(violations).toEqual([
      expect.objectContaining({ path: "voices[1]", rule: "voice_unused", severity: "warning" }),
    ]);
  });

  it("accepts an extension without a prompt, and Base64 images", () => {
    expect(validate({ ...o1Extend })).toEqual([]);
    expect(
      validate({ ...v2Image, media: [{ role: "first_frame", url: "data:image/png;base64,iVBORw0KGgo=" }] }),
    ).toEqual([]);
  });
});
