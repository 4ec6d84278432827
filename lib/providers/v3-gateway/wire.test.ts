import { describe, expect, it } from "vitest";
import { GenerationRequestSchema, type GenerationRequestInput } from "../canonical";
import { createV3GatewayAdapter } from "./adapter";
import { SEED_002_REQUESTS } from "./seed-fixtures";
import { toV3GatewayBody, type V3GatewayTuning } from "./wire";

const base = { provider: "v3-gateway", model: "kling-v3" } as const;
const seed = SEED_002_REQUESTS;

// Each seed example expressed canonically (cfg_scale has no canonical field yet: it is the
// adapter's tuning); mapping it must give the documentation's body exactly.
const CASES: [string, GenerationRequestInput, V3GatewayTuning, unknown, string[]][] = [
  [
    "text-to-video",
    {
      ...base,
      mode: "text",
      prompt: seed.text.prompt,
      negativePrompt: "模糊, 低细节",
      quality: "std",
      audio: false,
      aspectRatio: "16:9",
      duration: 5,
      storyboard: { multiShot: false, split: "custom" },
    },
    { cfgScale: 0.5 },
    seed.text,
    [],
  ],
  [
    "image-to-video",
    {
      ...base,
      mode: "first_frame",
      prompt: seed.firstFrame.prompt,
      negativePrompt: "伪影, 畸变",
      media: [{ role: "first_frame", url: seed.firstFrame.image }],
      quality: "pro",
      audio: true,
      aspectRatio: "16:9",
      duration: 6,
      storyboard: { multiShot: false, split: "intelligent" },
    },
    { cfgScale: 0.6 },
    seed.firstFrame,
    ["aspect_ratio_ignored"],
  ],
  [
    "first + last frame",
    {
      ...base,
      mode: "first_last",
      prompt: seed.firstLast.prompt,
      media: [
        { role: "first_frame", url: seed.firstLast.image },
        { role: "last_frame", url: seed.firstLast.last_image },
      ],
      quality: "pro",
      duration: 8,
      storyboard: { multiShot: false, split: "custom" },
    },
    { cfgScale: 0.5 },
    seed.firstLast,
    [],
  ],
  [
    "image-to-video with multi_prompt",
    {
      ...base,
      mode: "first_frame",
      media: [{ role: "first_frame", url: seed.multiPrompt.image }],
      audio: true,
      duration: 10,
      // The gateway takes no shot durations: any split of the 10 s maps to the same body.
      storyboard: {
        split: "custom",
        shots: seed.multiPrompt.extra_body.multi_prompt.map((shot) => ({ prompt: shot.prompt, duration: 5 })),
      },
    },
    {},
    seed.multiPrompt,
    ["shot_durations_ignored"],
  ],
];

describe("v3-gateway wire mapping round-trips every the /v1/video/generations gateway's API reference example", () => {
  const adapter = createV3GatewayAdapter({ baseUrl: "http://127.0.0.1:9", timeoutMs: 1000, problems: [] });

  it.each(CASES)("%s", (_name, canonical, tuning, seedBody, warnings) => {
    expect(toV3GatewayBody(GenerationRequestSchema.parse(canonical), tuning)).toStrictEqual(seedBody);
    // The documentation examples are valid: at most the warnings they deserve.
    const violations = adapter.validate(canonical);
    expect(violations.filter((violation) => violation.severity === "error")).toEqual([]);
    expect(violations.map((violation) => violation.rule)).toEqual(warnings);
  });

  it("picks the model name from quality and audio, std and silent by default", () => {
    const name = (request: Partial<GenerationRequestInput>) =>
      toV3GatewayBody(GenerationRequestSchema.parse({ ...base, mode: "text", prompt: "p", ...request })).model;
    expect([
      name({}),
      name({ audio: true }),
      name({ quality: "pro" }),
      name({ quality: "pro", audio: true }),
      name({ quality: "std", audio: false }),
    ]).toEqual([
      "kling-v3-std-silent",
      "kling-v3-std-audio",
      "kling-v3-pro-silent",
      "kling-v3-pro-audio",
      "kling-v3-std-silent",
    ]);
  });

  it("sends no extra_body when nothing goes in it, and shots with the main prompt in text mode", () => {
    const plain = GenerationRequestSchema.parse({
      ...base,
      mode: "text",
      prompt: "p",
      aspectRatio: "1:1",
      duration: 3,
    });
    expect(toV3GatewayBody(plain)).toStrictEqual({
      model: "kling-v3-std-silent",
      prompt: "p",
      aspect_ratio: "1:1",
      duration: 3,
    });
    const story = GenerationRequestSchema.parse({
      ...base,
      mode: "storyboard",
      prompt: "p",
      duration: 4,
      storyboard: {
        split: "custom",
        shots: [
          { prompt: "a", duration: 2 },
          { prompt: "b", duration: 2 },
        ],
      },
    });
    expect(toV3GatewayBody(story).extra_body).toStrictEqual({
      shot_type: "customize",
      multi_prompt: [{ prompt: "a" }, { prompt: "b" }],
    });
  });
});
