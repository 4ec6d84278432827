import { describe, expect, it } from "vitest";
import { GenerationRequestSchema, type GenerationRequestInput } from "../canonical";
import { createDashScopeAdapter } from "./adapter";
import { SEED_000_REQUESTS, SEED_003_REQUESTS } from "./seed-fixtures";
import { toDashScopeBody } from "./wire";

const STD = "kling/kling-v3-video-generation";
const OMNI = "kling/kling-v3-omni-video-generation";
const base = { provider: "dashscope" } as const;

// Each seed example expressed canonically; mapping it must give the documentation's body exactly.
const CASES: [string, GenerationRequestInput, unknown][] = [
  [
    "000 text-to-video",
    {
      ...base,
      model: STD,
      mode: "text",
      prompt: "一只小猫在月光下奔跑",
      quality: "std",
      aspectRatio: "16:9",
      duration: 5,
      audio: false,
      watermark: true,
    },
    SEED_000_REQUESTS.text,
  ],
  [
    "000 custom storyboard",
    {
      ...base,
      model: STD,
      mode: "storyboard",
      storyboard: {
        split: "custom",
        shots: SEED_000_REQUESTS.storyboard.input.multi_prompt.map((shot) => ({
          prompt: shot.prompt,
          duration: shot.duration,
        })),
      },
      quality: "pro",
      duration: 10,
      audio: true,
      aspectRatio: "9:16",
      watermark: true,
    },
    SEED_000_REQUESTS.storyboard,
  ],
  [
    "000 first frame",
    {
      ...base,
      model: OMNI,
      mode: "first_frame",
      prompt: SEED_000_REQUESTS.firstFrame.input.prompt,
      media: [{ role: "first_frame", url: SEED_000_REQUESTS.firstFrame.input.media[0].url }],
      quality: "std",
      duration: 5,
      audio: false,
      watermark: true,
    },
    SEED_000_REQUESTS.firstFrame,
  ],
  [
    "000 first + last frame",
    {
      ...base,
      model: OMNI,
      mode: "first_last",
      prompt: SEED_000_REQUESTS.firstLast.input.prompt,
      media: [
        { role: "first_frame", url: "https://wanx.alicdn.com/material/20250318/first_frame.png" },
        { role: "last_frame", url: "https://wanx.alicdn.com/material/20250318/last_frame.png" },
      ],
      quality: "std",
      duration: 5,
      audio: false,
      watermark: true,
    },
    SEED_000_REQUESTS.firstLast,
  ],
  [
    "000 video edit with references",
    {
      ...base,
      model: OMNI,
      mode: "edit",
      prompt: SEED_000_REQUESTS.videoEdit.input.prompt,
      storyboard: { multiShot: false, split: "intelligent" },
      media: [
        {
          role: "base",
          url: "https://p2-kling.klingai.com/kcdn/cdn-kcdn112452/kling-qa-test/lip_sync_5s.mp4",
          keepOriginalSound: true,
        },
        { role: "refer", url: "https://p2-kling.klingai.com/kcdn/cdn-kcdn112452/kling-qa-test/zem_test/yangmi01.jpg" },
        { role: "refer", url: "https://p2-kling.klingai.com/kcdn/cdn-kcdn112452/kling-qa-test/human_2.JPG" },
      ],
      elements: [{ id: "171" }],
      quality: "pro",
      duration: 10,
      audio: false,
      aspectRatio: "1:1",
      watermark: true,
    },
    SEED_000_REQUESTS.videoEdit,
  ],
  [
    "003 text-to-video",
    {
      ...base,
      model: STD,
      mode: "text",
      prompt: "一只小猫在月光下奔跑",
      aspectRatio: "16:9",
      duration: 5,
      quality: "std",
      audio: false,
      watermark: false,
    },
    SEED_003_REQUESTS.text,
  ],
  [
    "003 first frame",
    {
      ...base,
      model: STD,
      mode: "first_frame",
      prompt: "花朵绽放的延时摄影",
      media: [{ role: "first_frame", url: "https://example.com/flower.jpg" }],
      duration: 5,
      quality: "pro",
      audio: false,
      watermark: false,
    },
    SEED_003_REQUESTS.firstFrame,
  ],
  [
    "003 omni reference",
    {
      ...base,
      model: OMNI,
      mode: "reference",
      prompt: "一只<<<element_1>>>在月光下奔跑",
      media: [{ role: "refer", url: "https://example.com/cat.jpg" }],
      aspectRatio: "16:9",
      duration: 5,
      quality: "pro",
      audio: false,
      watermark: false,
    },
    SEED_003_REQUESTS.reference,
  ],
];

describe("DashScope wire mapping round-trips every seed example", () => {
  const adapter = createDashScopeAdapter({ baseUrl: "http://127.0.0.1:9", timeoutMs: 1000, problems: [] });

  it.each(CASES)("%s", (_name, canonical, seedBody) => {
    expect(toDashScopeBody(GenerationRequestSchema.parse(canonical))).toStrictEqual(seedBody);
    // The documentation examples are valid requests: at most warnings (e.g. the edit example's ignored aspect ratio).
    expect(adapter.validate(canonical).filter((violation) => violation.severity === "error")).toEqual([]);
  });

  it("warns about what the documentation examples do that has no effect", () => {
    const warnings = (name: string) =>
      adapter.validate(CASES.find(([caseName]) => caseName === name)![1]).map((violation) => violation.rule);
    expect(warnings("000 video edit with references")).toEqual(["aspect_ratio_ignored"]);
    expect(warnings("003 omni reference")).toEqual(["prompt_reference_unknown"]);
  });
});
