import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GenerationRequestInput } from "../canonical";
import { ProviderError } from "../errors";
import { startFakeDashScope, type FakeDashScope } from "../testing/fake-dashscope";
import type { ProviderAdapter } from "../types";
import { createDashScopeAdapter, DASHSCOPE_CREATE_PATH } from "./adapter";

const STD = "kling/kling-v3-video-generation";
const OMNI = "kling/kling-v3-omni-video-generation";
const IMG = (name: string) => `https://media.test/${name}.png`;
const VID = (name: string) => `https://media.test/${name}.mp4`;

let fake: FakeDashScope;
let adapter: ProviderAdapter;

beforeAll(async () => {
  fake = await startFakeDashScope({
    apiKey: "sk-test",
    outcome: (body) =>
      JSON.stringify(body).includes("please fail")
        ? { status: "FAILED", code: "DataInspectionFailed", message: "Output data may contain inappropriate content." }
        : { status: "SUCCEEDED" },
  });
  adapter = createDashScopeAdapter({
    apiKey: "sk-test",
    baseUrl: fake.url,
    timeoutMs: 2000,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    problems: [],
  });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.clearFaults();
});

type Case = [
  name: string,
  request: Omit<GenerationRequestInput, "provider">,
  input: Record<string, unknown>,
  parameters: Record<string, unknown>,
];

const CASES: Case[] = [
  [
    "standard text",
    { model: STD, mode: "text", prompt: "a cat", aspectRatio: "16:9" },
    { prompt: "a cat" },
    { aspect_ratio: "16:9" },
  ],
  [
    "standard custom storyboard",
    {
      model: STD,
      mode: "storyboard",
      storyboard: {
        split: "custom",
        shots: [
          { prompt: "one", duration: 2 },
          { prompt: "two", duration: 3 },
        ],
      },
      aspectRatio: "1:1",
      duration: 5,
      quality: "std",
    },
    {
      prompt: "",
      media: [],
      element_list: [],
      multi_shot: true,
      shot_type: "customize",
      multi_prompt: [
        { index: 1, prompt: "one", duration: 2 },
        { index: 2, prompt: "two", duration: 3 },
      ],
    },
    { aspect_ratio: "1:1", duration: 5, mode: "std" },
  ],
  [
    "standard intelligent storyboard",
    {
      model: STD,
      mode: "storyboard",
      prompt: "a day in a life",
      storyboard: { split: "intelligent" },
      aspectRatio: "9:16",
      duration: 15,
      negativePrompt: "blur",
    },
    {
      prompt: "a day in a life",
      negative_prompt: "blur",
      media: [],
      element_list: [],
      multi_shot: true,
      shot_type: "intelligence",
      multi_prompt: [],
    },
    { aspect_ratio: "9:16", duration: 15 },
  ],
  [
    "standard first frame",
    { model: STD, mode: "first_frame", media: [{ role: "first_frame", url: IMG("a") }], audio: true },
    { prompt: "", media: [{ type: "first_frame", url: IMG("a") }] },
    { audio: true },
  ],
  [
    "standard first + last frame",
    {
      model: STD,
      mode: "first_last",
      prompt: "turn",
      media: [
        { role: "first_frame", url: IMG("a") },
        { role: "last_frame", url: IMG("b") },
      ],
      watermark: false,
    },
    {
      prompt: "turn",
      media: [
        { type: "first_frame", url: IMG("a") },
        { type: "last_frame", url: IMG("b") },
      ],
    },
    { watermark: false },
  ],
  [
    "omni text",
    { model: OMNI, mode: "text", prompt: "a cat", aspectRatio: "1:1", quality: "pro" },
    { prompt: "a cat" },
    { aspect_ratio: "1:1", mode: "pro" },
  ],
  [
    "omni storyboard",
    {
      model: OMNI,
      mode: "storyboard",
      storyboard: { split: "custom", shots: [{ prompt: "only", duration: 4 }] },
      aspectRatio: "16:9",
      duration: 4,
    },
    {
      prompt: "",
      media: [],
      element_list: [],
      multi_shot: true,
      shot_type: "customize",
      multi_prompt: [{ index: 1, prompt: "only", duration: 4 }],
    },
    { aspect_ratio: "16:9", duration: 4 },
  ],
  [
    "omni first frame with elements",
    {
      model: OMNI,
      mode: "first_frame",
      prompt: "<<<element_1>>> waves",
      media: [{ role: "first_frame", url: IMG("a") }],
      elements: [{ id: "9007199254740991" }, { id: "12" }],
    },
    {
      prompt: "<<<element_1>>> waves",
      media: [{ type: "first_frame", url: IMG("a") }],
      element_list: [{ element_id: 9007199254740991 }, { element_id: 12 }],
    },
    {},
  ],
  [
    "omni first + last frame",
    {
      model: OMNI,
      mode: "first_last",
      prompt: "turn",
      media: [
        { role: "first_frame", url: IMG("a") },
        { role: "last_frame", url: IMG("b") },
      ],
    },
    {
      prompt: "turn",
      media: [
        { type: "first_frame", url: IMG("a") },
        { type: "last_frame", url: IMG("b") },
      ],
    },
    {},
  ],
  [
    "omni reference images + elements",
    {
      model: OMNI,
      mode: "reference",
      prompt: "<<<image_1>>> meets <<<element_1>>>",
      media: [{ role: "refer", url: IMG("r1") }],
      elements: [{ id: "171" }],
      aspectRatio: "16:9",
    },
    {
      prompt: "<<<image_1>>> meets <<<element_1>>>",
      media: [{ type: "refer", url: IMG("r1") }],
      element_list: [{ element_id: 171 }],
    },
    { aspect_ratio: "16:9" },
  ],
  [
    "omni reference feature video",
    {
      model: OMNI,
      mode: "reference",
      prompt: "same camera as <<<video_1>>>",
      media: [{ role: "feature", url: VID("f"), keepOriginalSound: false }],
      aspectRatio: "9:16",
      duration: 10,
      audio: false,
    },
    { prompt: "same camera as <<<video_1>>>", media: [{ type: "feature", url: VID("f"), keep_original_sound: "no" }] },
    { aspect_ratio: "9:16", duration: 10, audio: false },
  ],
  [
    "omni reference feature video + images",
    {
      model: OMNI,
      mode: "reference",
      prompt: "p",
      media: [
        { role: "feature", url: VID("f") },
        { role: "refer", url: IMG("r1") },
        { role: "refer", url: IMG("r2") },
      ],
      elements: [{ id: "5" }],
      aspectRatio: "1:1",
    },
    {
      prompt: "p",
      media: [
        { type: "feature", url: VID("f") },
        { type: "refer", url: IMG("r1") },
        { type: "refer", url: IMG("r2") },
      ],
      element_list: [{ element_id: 5 }],
    },
    { aspect_ratio: "1:1" },
  ],
  [
    "omni reference feature video + first frame",
    {
      model: OMNI,
      mode: "reference",
      prompt: "continue",
      media: [
        { role: "feature", url: VID("f") },
        { role: "first_frame", url: IMG("a") },
      ],
      duration: 3,
    },
    {
      prompt: "continue",
      media: [
        { type: "feature", url: VID("f") },
        { type: "first_frame", url: IMG("a") },
      ],
    },
    { duration: 3 },
  ],
  [
    "omni edit",
    {
      model: OMNI,
      mode: "edit",
      prompt: "make it night",
      media: [{ role: "base", url: VID("b"), keepOriginalSound: true }],
    },
    { prompt: "make it night", media: [{ type: "base", url: VID("b"), keep_original_sound: "yes" }] },
    {},
  ],
  [
    "omni edit with references",
    {
      model: OMNI,
      mode: "edit",
      prompt: "swap the hat for <<<image_1>>>",
      media: [
        { role: "base", url: VID("b") },
        { role: "refer", url: IMG("hat") },
      ],
      elements: [{ id: "1" }, { id: "2" }, { id: "3" }],
    },
    {
      prompt: "swap the hat for <<<image_1>>>",
      media: [
        { type: "base", url: VID("b") },
        { type: "refer", url: IMG("hat") },
      ],
      element_list: [{ element_id: 1 }, { element_id: 2 }, { element_id: 3 }],
    },
    {},
  ],
];

describe("DashScope adapter against the fake server", () => {
  it.each(CASES)(
    "%s: submits the exact wire request and polls to success",
    async (_name, request, input, parameters) => {
      const submitted = await adapter.submit({ provider: "dashscope", ...request });
      expect(submitted).toMatchObject({ status: "queued", raw: { output: { task_status: "PENDING" } } });

      const [create] = fake.requests;
      expect(create).toMatchObject({ method: "POST", path: DASHSCOPE_CREATE_PATH });
      expect(create?.headers).toMatchObject({
        authorization: "Bearer sk-test",
        "content-type": "application/json",
        "x-dashscope-async": "enable",
      });
      expect(create?.body).toStrictEqual({ model: request.model, input, parameters });

      const statuses = [];
      for (let poll = 0; poll < 3; poll++) statuses.push((await adapter.get(submitted.providerTaskId)).status);
      expect(statuses).toEqual(["queued", "running", "succeeded"]);
      const query = fake.requests[1];
      expect(query).toMatchObject({
        method: "GET",
        path: `/api/v1/tasks/${submitted.providerTaskId}`,
        body: undefined,
      });
      expect(query?.headers.authorization).toBe("Bearer sk-test");

      const done = await adapter.get(submitted.providerTaskId);
      expect(done.result).toMatchObject({
        videoUrl: `https://cdn.fake.test/${submitted.providerTaskId}.mp4`,
        fps: 24,
        billedSeconds: request.duration ?? 5,
      });
    },
  );

  it("reports a failed generation with a classified error", async () => {
    const { providerTaskId } = await adapter.submit({
      provider: "dashscope",
      model: STD,
      mode: "text",
      prompt: "please fail",
      aspectRatio: "16:9",
    });
    for (let poll = 0; poll < 2; poll++) await adapter.get(providerTaskId);
    const failed = await adapter.get(providerTaskId);
    expect(failed.status).toBe("failed");
    expect(failed.error).toMatchObject({ kind: "content_rejected", code: "DataInspectionFailed", retryable: false });
  });

  it("reports expired and unknown tasks", async () => {
    const { providerTaskId } = await adapter.submit({
      provider: "dashscope",
      model: STD,
      mode: "text",
      prompt: "x",
      aspectRatio: "16:9",
    });
    fake.expireTask(providerTaskId);
    expect((await adapter.get(providerTaskId)).status).toBe("expired");
    expect((await adapter.get("no-such-task")).status).toBe("expired");
  });

  it("cancels a pending task and refuses to cancel a running one", async () => {
    const { providerTaskId } = await adapter.submit({
      provider: "dashscope",
      model: STD,
      mode: "text",
      prompt: "x",
      aspectRatio: "16:9",
    });
    await adapter.cancel?.(providerTaskId);
    expect(fake.requests.at(-1)).toMatchObject({ method: "POST", path: `/api/v1/tasks/${providerTaskId}/cancel` });
    expect((await adapter.get(providerTaskId)).status).toBe("canceled");

    const running = await adapter.submit({
      provider: "dashscope",
      model: STD,
      mode: "text",
      prompt: "y",
      aspectRatio: "16:9",
    });
    await adapter.get(running.providerTaskId);
    await adapter.get(running.providerTaskId);
    await expect(adapter.cancel?.(running.providerTaskId)).rejects.toMatchObject({
      kind: "invalid_request",
      code: "UnsupportedOperation",
    });
  });

  it("surfaces a bad API key as an auth error", async () => {
    const wrongKey = createDashScopeAdapter({ apiKey: "sk-wrong", baseUrl: fake.url, timeoutMs: 2000, problems: [] });
    const error = await wrongKey
      .submit({ provider: "dashscope", model: STD, mode: "text", prompt: "x", aspectRatio: "16:9" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({
      kind: "auth",
      code: "InvalidApiKey",
      httpStatus: 401,
      retryable: false,
      outcomeUnknown: false,
    });
    expect((error as ProviderError).requestId).toMatch(/^req-/);
  });

  it("never retries a create, and flags a rate-limited one as retryable with Retry-After", async () => {
    fake.injectFault({
      type: "status",
      status: 429,
      retryAfter: 7,
      json: { code: "Throttling.RateQuota", message: "Requests rate limit exceeded" },
    });
    await expect(
      adapter.submit({ provider: "dashscope", model: STD, mode: "text", prompt: "x", aspectRatio: "16:9" }),
    ).rejects.toMatchObject({
      kind: "rate_limited",
      retryable: true,
      retryAfterSeconds: 7,
      outcomeUnknown: false,
    });
    expect(fake.createRequests()).toHaveLength(1);
  });

  it("flags a create with an unreadable answer as outcome unknown", async () => {
    fake.injectFault({ type: "malformed" });
    await expect(
      adapter.submit({ provider: "dashscope", model: STD, mode: "text", prompt: "x", aspectRatio: "16:9" }),
    ).rejects.toMatchObject({ outcomeUnknown: true });
    expect(fake.createRequests()).toHaveLength(1);
  });
});

describe("batch status query (DashScope's manage asynchronous tasks page)", () => {
  it("lists the account's PENDING and RUNNING tasks, and leaves finished ones to the single query", async () => {
    const text = {
      provider: "dashscope",
      model: "kling/kling-v3-video-generation",
      mode: "text",
      aspectRatio: "16:9",
    } as const;
    const pending = await adapter.submit({ ...text, prompt: "waits" });
    const running = await adapter.submit({ ...text, prompt: "runs" });
    await adapter.get(running.providerTaskId);
    await adapter.get(running.providerTaskId);
    const finished = await adapter.submit({ ...text, prompt: "ends" });
    for (let poll = 0; poll < 3; poll++) await adapter.get(finished.providerTaskId);
    fake.requests.length = 0;

    const tasks = await adapter.getMany!([pending.providerTaskId, running.providerTaskId, finished.providerTaskId]);
    expect(tasks.map(({ providerTaskId, status }) => ({ providerTaskId, status }))).toEqual([
      { providerTaskId: pending.providerTaskId, status: "queued" },
      { providerTaskId: running.providerTaskId, status: "running" },
    ]);
    expect(fake.requests.map((request) => [request.path, request.query.status, request.query.page_size])).toEqual([
      ["/api/v1/tasks/", "PENDING", "100"],
      ["/api/v1/tasks/", "RUNNING", "100"],
    ]);
  });

  it("refuses a time window in another format, as the page documents", async () => {
    fake.requests.length = 0;
    const response = await fetch(`${fake.url}/api/v1/tasks/?start_time=2026-12-01`, {
      headers: { Authorization: "Bearer sk-test" },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "InvalidParameter" });
  });
});
