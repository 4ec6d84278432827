import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GenerationRequestInput } from "../canonical";
import { startFakeKling, type FakeKling } from "../testing/fake-kling";
import type { ProviderAdapter } from "../types";
import { createKlingAdapter, KLING_TASKS_PATH } from "./adapter";

// Contract tests: every endpoint and mode through the fake Kling, which refuses any field its documentation
// does not accept and checks the sign-in on every request.

const IMG = (name: string) => `https://media.test/${name}.png`;
const VIDEO = (name: string) => `https://media.test/${name}.mp4`;
const connection = (url: string, credentials: { apiKey?: string; accessKey?: string; secretKey?: string }) => ({
  baseUrl: url,
  timeoutMs: 2000,
  retry: { baseDelayMs: 1, maxDelayMs: 5 },
  problems: [],
  ...credentials,
});

let fake: FakeKling;
let byKey: ProviderAdapter;
let bySignature: ProviderAdapter;

beforeAll(async () => {
  fake = await startFakeKling({ apiKey: "kling-key", accessKey: "ak-test", secretKey: "sk-test" });
  byKey = createKlingAdapter(connection(fake.url, { apiKey: "kling-key" }));
  bySignature = createKlingAdapter(connection(fake.url, { accessKey: "ak-test", secretKey: "sk-test" }));
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.clearFaults();
});

type Case = [
  name: string,
  request: Omit<GenerationRequestInput, "provider">,
  endpoint: string,
  body: Record<string, unknown>,
];

const CASES: Case[] = [
  [
    "v3 text, 4k with sound and a watermark",
    {
      model: "kling-v3",
      mode: "text",
      prompt: "a cat",
      quality: "4k",
      duration: 12,
      audio: true,
      watermark: true,
      aspectRatio: "9:16",
    },
    "text2video",
    {
      model_name: "kling-v3",
      prompt: "a cat",
      mode: "4k",
      duration: "12",
      sound: "on",
      watermark_info: { enabled: true },
      aspect_ratio: "9:16",
    },
  ],
  [
    "v3 multi-shot storyboard",
    {
      model: "kling-v3",
      mode: "storyboard",
      duration: 7,
      aspectRatio: "16:9",
      storyboard: {
        split: "custom",
        shots: [
          { prompt: "dawn", duration: 3 },
          { prompt: "dusk", duration: 4 },
        ],
      },
    },
    "text2video",
    {
      multi_shot: true,
      shot_type: "customize",
      multi_prompt: [
        { index: 1, prompt: "dawn", duration: "3" },
        { index: 2, prompt: "dusk", duration: "4" },
      ],
      duration: "7",
    },
  ],
  [
    "v3 first frame with an element",
    {
      model: "kling-v3",
      mode: "first_frame",
      prompt: "<<<element_1>>> walks",
      media: [{ role: "first_frame", url: IMG("start") }],
      elements: [{ id: "842130978230767622" }],
    },
    "image2video",
    { image: IMG("start"), element_list: [{ element_id: "842130978230767622" }] },
  ],
  [
    "v2.6 first and last frame",
    {
      model: "kling-v2-6",
      mode: "first_last",
      prompt: "the girl smiles",
      quality: "pro",
      media: [
        { role: "first_frame", url: IMG("a") },
        { role: "last_frame", url: IMG("b") },
      ],
    },
    "image2video",
    { model_name: "kling-v2-6", image: IMG("a"), image_tail: IMG("b"), mode: "pro" },
  ],
  [
    "v2.6 voices",
    {
      model: "kling-v2-6",
      mode: "first_frame",
      prompt: '<<<voice_1>>> says "Welcome"',
      audio: true,
      media: [{ role: "first_frame", url: IMG("face") }],
      voices: [{ voiceId: "voice-7" }],
    },
    "image2video",
    { voice_list: [{ voice_id: "voice-7" }], sound: "on" },
  ],
  [
    "v2.6 motion brush",
    {
      model: "kling-v2-6",
      mode: "first_frame",
      prompt: "the kite flies",
      media: [
        { role: "first_frame", url: IMG("kite") },
        { role: "mask", url: IMG("static") },
        { role: "mask", url: IMG("dynamic") },
      ],
      motionBrush: {
        staticMask: 1,
        dynamicMasks: [
          {
            mask: 2,
            trajectory: [
              { x: 1, y: 1 },
              { x: 90, y: 40 },
            ],
          },
        ],
      },
    },
    "image2video",
    {
      static_mask: IMG("static"),
      dynamic_masks: [
        {
          mask: IMG("dynamic"),
          trajectories: [
            { x: 1, y: 1 },
            { x: 90, y: 40 },
          ],
        },
      ],
    },
  ],
  [
    "v2.6 camera control",
    {
      model: "kling-v2-6",
      mode: "text",
      prompt: "a canyon",
      cameraControl: { type: "simple", config: { horizontal: 0, vertical: 0, pan: 0, tilt: 0, roll: 0, zoom: 5 } },
    },
    "text2video",
    { camera_control: { type: "simple", config: { horizontal: 0, vertical: 0, pan: 0, tilt: 0, roll: 0, zoom: 5 } } },
  ],
  [
    "v3 motion control",
    {
      model: "kling-v3",
      mode: "motion_control",
      quality: "pro",
      characterOrientation: "video",
      media: [
        { role: "character", url: IMG("hero") },
        { role: "action", url: VIDEO("dance"), keepOriginalSound: true },
      ],
    },
    "motion-control",
    {
      image_url: IMG("hero"),
      video_url: VIDEO("dance"),
      character_orientation: "video",
      keep_original_sound: "yes",
      mode: "pro",
    },
  ],
  [
    "v3 omni reference: images, elements and a feature video",
    {
      model: "kling-v3-omni",
      mode: "reference",
      prompt: "<<<image_1>>> meets <<<element_1>>> in the style of <<<video_1>>>",
      aspectRatio: "1:1",
      duration: 8,
      media: [
        { role: "refer", url: IMG("hat") },
        { role: "feature", url: VIDEO("style"), keepOriginalSound: false },
      ],
      elements: [{ id: "160" }],
    },
    "omni-video",
    {
      model_name: "kling-v3-omni",
      image_list: [{ image_url: IMG("hat") }],
      element_list: [{ element_id: "160" }],
      video_list: [{ video_url: VIDEO("style"), refer_type: "feature", keep_original_sound: "no" }],
    },
  ],
  [
    "O1 first and end frame types",
    {
      model: "kling-video-o1",
      mode: "first_last",
      prompt: "the person dances",
      media: [
        { role: "first_frame", url: IMG("a") },
        { role: "last_frame", url: IMG("b") },
      ],
    },
    "omni-video",
    {
      image_list: [
        { image_url: IMG("a"), type: "first_frame" },
        { image_url: IMG("b"), type: "end_frame" },
      ],
    },
  ],
  [
    "O1 edit of a base video",
    {
      model: "kling-video-o1",
      mode: "edit",
      prompt: "put the crown from <<<image_1>>> on the girl in <<<video_1>>>",
      media: [
        { role: "base", url: VIDEO("girl"), keepOriginalSound: true },
        { role: "refer", url: IMG("crown") },
      ],
    },
    "omni-video",
    { video_list: [{ video_url: VIDEO("girl"), refer_type: "base", keep_original_sound: "yes" }] },
  ],
  [
    "v3 omni extend",
    {
      model: "kling-v3-omni",
      mode: "extend",
      extendDirection: "next",
      media: [{ role: "feature", url: VIDEO("shot") }],
    },
    "omni-video",
    { prompt: "Based on <<<video_1>>>, generate the next shot." },
  ],
  [
    "v3 omni intelligent storyboard",
    {
      model: "kling-v3-omni",
      mode: "storyboard",
      prompt: "a day at the sea",
      aspectRatio: "16:9",
      storyboard: { split: "intelligent" },
    },
    "omni-video",
    { multi_shot: true, shot_type: "intelligence", prompt: "a day at the sea" },
  ],
];

describe.each([
  ["API key", () => byKey],
  ["access key + secret key", () => bySignature],
])("signed in by %s", (_how, adapter) => {
  it.each(CASES)("%s: creates at its endpoint and reads the finished task", async (_name, request, endpoint, body) => {
    const input = { provider: "kling", ...request } as GenerationRequestInput;
    expect(
      adapter()
        .validate(input)
        .filter((violation) => violation.severity === "error"),
    ).toEqual([]);
    const created = await adapter().submit(input, {
      idempotencyKey: "gen-" + Math.random(),
      callbackUrl: "https://studio.test/cb",
    });
    const create = fake.requests.find((entry) => entry.method === "POST")!;
    expect(create.path).toBe(`/v1/videos/${endpoint}`);
    expect(create.body).toMatchObject({ ...body, callback_url: "https://studio.test/cb" });
    expect(created).toMatchObject({
      providerTaskId: expect.stringMatching(new RegExp(`^${endpoint}:\\d+$`)),
      status: "queued",
    });

    let task = await adapter().get(created.providerTaskId);
    for (let query = 0; task.status !== "succeeded" && query < 4; query++)
      task = await adapter().get(created.providerTaskId);
    expect(task.status).toBe("succeeded");
    expect(task.result?.videoUrl).toMatch(/^https:\/\/cdn\.fake\.test\/kling\/\d+\.mp4$/);
    expect(task.providerTaskId).toBe(created.providerTaskId);
  });
});

describe("looking tasks up", () => {
  it("finds a task by the generation's id (external_task_id) under its endpoint, and says null when none exists", async () => {
    const request = {
      provider: "kling",
      model: "kling-v3-omni",
      mode: "text",
      prompt: "x",
      aspectRatio: "1:1",
    } as const;
    const created = await byKey.submit(request, { idempotencyKey: "generation-42" });
    expect(await byKey.findTaskByIdempotencyKey!("generation-42")).toMatchObject({
      providerTaskId: created.providerTaskId,
    });
    expect(await byKey.findTaskByIdempotencyKey!("never-sent")).toBeNull();
  });

  it("asks about many tasks in one request with an API key, and through each endpoint's list when signing", async () => {
    const ids = [];
    for (const prompt of ["one", "two", "three"])
      ids.push((await byKey.submit({ provider: "kling", model: "kling-v3", mode: "text", prompt })).providerTaskId);
    fake.requests.length = 0;
    const tasks = await byKey.getMany!(ids);
    expect(tasks.map((task) => task.providerTaskId).sort()).toEqual([...ids].sort());
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({
      path: KLING_TASKS_PATH,
      query: { task_ids: ids.map((id) => id.split(":")[1]).join(",") },
    });

    fake.requests.length = 0;
    const listed = await bySignature.getMany!(ids);
    expect(listed.map((task) => task.providerTaskId).sort()).toEqual([...ids].sort());
    expect(fake.requests.map((entry) => entry.path)).toEqual(["/v1/videos/text2video"]);
  });

  it("reads the account's resource packs", async () => {
    await expect(bySignature.resourcePacks!()).resolves.toEqual([
      expect.objectContaining({
        name: "Video Generation - 10,000 entries",
        total: 10_000,
        remaining: 8_118,
        status: "online",
      }),
    ]);
  });
});

describe("validation before any request", () => {
  it.each<[string, Omit<GenerationRequestInput, "provider">, string]>([
    ["4k on Kling 2.6", { model: "kling-v2-6", mode: "text", prompt: "x", quality: "4k" }, "quality_not_supported"],
    ["16 seconds", { model: "kling-v3", mode: "text", prompt: "x", duration: 16 }, "duration_out_of_range"],
    [
      "shots that do not add up",
      {
        model: "kling-v3",
        mode: "storyboard",
        duration: 5,
        storyboard: { split: "custom", shots: [{ prompt: "a", duration: 2 }] },
      },
      "shot_durations_sum",
    ],
    [
      "sound with a feature video",
      {
        model: "kling-v3-omni",
        mode: "reference",
        prompt: "x",
        aspectRatio: "1:1",
        audio: true,
        media: [{ role: "feature", url: VIDEO("v") }],
      },
      "audio_with_video",
    ],
    [
      "multi-shot on O1",
      {
        model: "kling-video-o1",
        mode: "storyboard",
        prompt: "x",
        aspectRatio: "1:1",
        storyboard: { split: "intelligent" },
      },
      "mode_not_supported",
    ],
    [
      "an element id that is not a number",
      {
        model: "kling-v3",
        mode: "first_frame",
        prompt: "x",
        media: [{ role: "first_frame", url: IMG("a") }],
        elements: [{ id: "fox" }],
      },
      "element_id_invalid",
    ],
  ])("%s is refused without a request", async (_name, request, rule) => {
    const input = { provider: "kling", ...request } as GenerationRequestInput;
    expect(byKey.validate(input).map((violation) => violation.rule)).toContain(rule);
    await expect(byKey.submit(input)).rejects.toMatchObject({ kind: "invalid_request" });
    expect(fake.requests).toHaveLength(0);
  });
});
