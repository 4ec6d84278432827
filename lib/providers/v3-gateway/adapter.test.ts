import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GenerationRequestInput } from "../canonical";
import { ProviderError } from "../errors";
import { startFakeV3Gateway, v3GatewayErrors, type FakeV3Gateway } from "../testing/fake-v3-gateway";
import { FAKE_TASK_SHAPES, fakeVideoUrl, type FakeTaskShapeName } from "../testing/fake-v3-gateway-tasks";
import type { ProviderAdapter } from "../types";
import { createV3GatewayAdapter, V3_GATEWAY_CREATE_PATH } from "./adapter";

const IMG = (name: string) => `https://media.test/${name}.png`;
const connection = (url: string, extra: { apiKey?: string; queryPath?: string } = {}) => ({
  apiKey: "sk-test",
  baseUrl: url,
  timeoutMs: 2000,
  retry: { baseDelayMs: 1, maxDelayMs: 5 },
  problems: [],
  ...extra,
});

let fake: FakeV3Gateway;
let adapter: ProviderAdapter;

beforeAll(async () => {
  fake = await startFakeV3Gateway({
    apiKey: "sk-test",
    outcome: (body) =>
      JSON.stringify(body).includes("please fail")
        ? { status: "failed", code: "content_policy_violation", message: "Prompt flagged." }
        : { status: "succeeded" },
  });
  adapter = createV3GatewayAdapter(connection(fake.url), { cfgScale: 0.5 });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.clearFaults();
});

type Case = [name: string, request: Omit<GenerationRequestInput, "provider" | "model">, body: Record<string, unknown>];

const CASES: Case[] = [
  [
    "text",
    { mode: "text", prompt: "a cat", aspectRatio: "16:9", duration: 5 },
    {
      model: "kling-v3-std-silent",
      prompt: "a cat",
      aspect_ratio: "16:9",
      duration: 5,
      extra_body: { cfg_scale: 0.5 },
    },
  ],
  [
    "text with shot type and negative prompt",
    {
      mode: "text",
      prompt: "a cat",
      negativePrompt: "blur",
      aspectRatio: "9:16",
      duration: 15,
      quality: "pro",
      audio: true,
      storyboard: { multiShot: false, split: "intelligent" },
    },
    {
      model: "kling-v3-pro-audio",
      prompt: "a cat",
      aspect_ratio: "9:16",
      duration: 15,
      extra_body: { cfg_scale: 0.5, shot_type: "intelligent", negative_prompt: "blur" },
    },
  ],
  [
    "custom storyboard",
    {
      mode: "storyboard",
      prompt: "a day",
      aspectRatio: "1:1",
      duration: 6,
      storyboard: {
        split: "custom",
        shots: [
          { prompt: "morning", duration: 3 },
          { prompt: "night", duration: 3 },
        ],
      },
    },
    {
      model: "kling-v3-std-silent",
      prompt: "a day",
      aspect_ratio: "1:1",
      duration: 6,
      extra_body: {
        cfg_scale: 0.5,
        shot_type: "customize",
        multi_prompt: [{ prompt: "morning" }, { prompt: "night" }],
      },
    },
  ],
  [
    "intelligent storyboard",
    {
      mode: "storyboard",
      prompt: "a day in a life",
      aspectRatio: "16:9",
      duration: 10,
      storyboard: { split: "intelligent" },
    },
    {
      model: "kling-v3-std-silent",
      prompt: "a day in a life",
      aspect_ratio: "16:9",
      duration: 10,
      extra_body: { cfg_scale: 0.5, shot_type: "intelligent" },
    },
  ],
  [
    "first frame",
    {
      mode: "first_frame",
      prompt: "wave",
      media: [{ role: "first_frame", url: IMG("a") }],
      duration: 3,
      quality: "pro",
    },
    { model: "kling-v3-pro-silent", prompt: "wave", image: IMG("a"), duration: 3, extra_body: { cfg_scale: 0.5 } },
  ],
  [
    "first frame with shots",
    {
      mode: "first_frame",
      media: [{ role: "first_frame", url: IMG("a") }],
      duration: 10,
      audio: true,
      storyboard: {
        split: "custom",
        shots: [
          { prompt: "look down", duration: 5 },
          { prompt: "look up", duration: 5 },
        ],
      },
    },
    {
      model: "kling-v3-std-audio",
      image: IMG("a"),
      duration: 10,
      extra_body: {
        cfg_scale: 0.5,
        shot_type: "customize",
        multi_prompt: [{ prompt: "look down" }, { prompt: "look up" }],
      },
    },
  ],
  [
    "first + last frame",
    {
      mode: "first_last",
      prompt: "turn",
      media: [
        { role: "last_frame", url: IMG("b") },
        { role: "first_frame", url: IMG("a") },
      ],
      duration: 8,
    },
    {
      model: "kling-v3-std-silent",
      prompt: "turn",
      image: IMG("a"),
      last_image: IMG("b"),
      duration: 8,
      extra_body: { cfg_scale: 0.5 },
    },
  ],
];

describe("v3-gateway adapter against the fake server", () => {
  it.each(CASES)("%s: submits the exact wire request and polls to success", async (_name, request, body) => {
    const submitted = await adapter.submit({ provider: "v3-gateway", model: "kling-v3", ...request });
    expect(submitted).toMatchObject({ status: "queued", raw: { object: "video", status: "queued" } });

    const [create] = fake.requests;
    expect(create).toMatchObject({ method: "POST", path: V3_GATEWAY_CREATE_PATH });
    expect(create?.headers).toMatchObject({
      authorization: "Bearer sk-test",
      "content-type": "application/json",
      accept: "application/json",
    });
    expect(create?.body).toStrictEqual(body);

    const statuses = [];
    for (let poll = 0; poll < 3; poll++) statuses.push((await adapter.get(submitted.providerTaskId)).status);
    expect(statuses).toEqual(["queued", "running", "succeeded"]);
    expect(fake.requests[1]).toMatchObject({
      method: "GET",
      path: `/v1/video/generations/${submitted.providerTaskId}`,
      body: undefined,
      headers: { authorization: "Bearer sk-test" },
    });
    expect((await adapter.get(submitted.providerTaskId)).result).toMatchObject({
      videoUrl: fakeVideoUrl(submitted.providerTaskId),
      durationSeconds: request.duration,
    });
  });

  it("reports a failed generation with a classified error", async () => {
    const { providerTaskId } = await adapter.submit({
      provider: "v3-gateway",
      model: "kling-v3",
      mode: "text",
      prompt: "please fail",
      aspectRatio: "16:9",
      duration: 5,
    });
    await adapter.get(providerTaskId);
    await adapter.get(providerTaskId);
    expect(await adapter.get(providerTaskId)).toMatchObject({
      status: "failed",
      error: { kind: "content_rejected", code: "content_policy_violation", retryable: false },
    });
  });

  it("surfaces a bad API key as an auth error", async () => {
    const wrongKey = createV3GatewayAdapter(connection(fake.url, { apiKey: "sk-wrong" }));
    const error = await wrongKey
      .submit({
        provider: "v3-gateway",
        model: "kling-v3",
        mode: "text",
        prompt: "x",
        aspectRatio: "16:9",
        duration: 5,
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: "auth", code: "invalid_api_key", httpStatus: 401, outcomeUnknown: false });
  });

  it("never retries a create, and keeps Retry-After on a rate-limited one", async () => {
    fake.injectFault({ type: "status", status: 429, retryAfter: 9, json: v3GatewayErrors.rateLimited().json });
    await expect(
      adapter.submit({
        provider: "v3-gateway",
        model: "kling-v3",
        mode: "text",
        prompt: "x",
        aspectRatio: "16:9",
        duration: 5,
      }),
    ).rejects.toMatchObject({ kind: "rate_limited", retryAfterSeconds: 9, outcomeUnknown: false });
    expect(fake.createRequests()).toHaveLength(1);
  });

  it("flags an unreadable or unrecognised create answer as outcome unknown, keeping the raw body", async () => {
    const request = {
      provider: "v3-gateway",
      model: "kling-v3",
      mode: "text",
      prompt: "x",
      aspectRatio: "16:9",
      duration: 5,
    } as const;
    fake.injectFault({ type: "malformed", text: "<html>502</html>" });
    await expect(adapter.submit(request)).rejects.toMatchObject({ outcomeUnknown: true, rawBody: "<html>502</html>" });
    fake.injectFault({ type: "status", status: 200, json: { ok: true } });
    await expect(adapter.submit(request)).rejects.toMatchObject({
      kind: "unknown",
      outcomeUnknown: true,
      rawBody: '{"ok":true}',
      message: expect.stringMatching(/Unrecognised task creation/),
    });
    expect(fake.createRequests()).toHaveLength(2);
  });

  it("retries a query through a 503 and reports an unknown task as not found", async () => {
    const { providerTaskId } = await adapter.submit({
      provider: "v3-gateway",
      model: "kling-v3",
      mode: "text",
      prompt: "x",
      aspectRatio: "16:9",
      duration: 5,
    });
    fake.injectFault({ type: "status", status: 503 }, { match: (request) => request.method === "GET" });
    expect((await adapter.get(providerTaskId)).status).toBe("queued");
    await expect(adapter.get("no-such-task")).rejects.toMatchObject({ kind: "not_found", httpStatus: 404 });
  });
});

describe("v3-gateway adapter reads every plausible answer shape through a configured query path", () => {
  it.each(Object.keys(FAKE_TASK_SHAPES) as FakeTaskShapeName[])("%s", async (shape) => {
    const server = await startFakeV3Gateway({
      apiKey: "sk-test",
      shape,
      queryPath: "/v1/tasks/query?task={id}",
      progression: { queued: 0, running: 1 },
    });
    try {
      const shaped = createV3GatewayAdapter(connection(server.url, { queryPath: "/v1/tasks/query?task={id}" }));
      const { providerTaskId } = await shaped.submit({
        provider: "v3-gateway",
        model: "kling-v3",
        mode: "text",
        prompt: "x",
        aspectRatio: "16:9",
        duration: 7,
      });
      expect((await shaped.get(providerTaskId)).status).toBe("running");
      expect(server.requests.at(-1)).toMatchObject({
        method: "GET",
        path: "/v1/tasks/query",
        query: { task: providerTaskId },
      });
      expect(await shaped.get(providerTaskId)).toMatchObject({
        providerTaskId,
        status: "succeeded",
        result: { videoUrl: fakeVideoUrl(providerTaskId) },
      });
    } finally {
      await server.close();
    }
  });
});
