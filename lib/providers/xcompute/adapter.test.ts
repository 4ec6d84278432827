import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GenerationRequestInput } from "../canonical";
import { ProviderError } from "../errors";
import { FAKE_TASK_SHAPES, fakeVideoUrl, type FakeTaskShapeName } from "../testing/fake-v3-gateway-tasks";
import { startFakeXCompute, xcomputeErrors, type FakeXCompute } from "../testing/fake-xcompute";
import type { ProviderAdapter } from "../types";
import { createXComputeAdapter, XCOMPUTE_CREATE_PATH } from "./adapter";

const IMG = (name: string) => `https://media.test/${name}.png`;
const connection = (url: string, extra: { apiKey?: string; queryPath?: string } = {}) => ({
  apiKey: "sk-test",
  baseUrl: url,
  timeoutMs: 2000,
  retry: { baseDelayMs: 1, maxDelayMs: 5 },
  problems: [],
  ...extra,
});
const dog = {
  id: "lib-1",
  name: "dog",
  description: "a golden retriever",
  imageUrls: [IMG("dog-front"), IMG("dog-side")],
};
const dogWire = {
  name: "dog",
  description: "a golden retriever",
  element_input_urls: [IMG("dog-front"), IMG("dog-side")],
};

let fake: FakeXCompute;
let adapter: ProviderAdapter;

beforeAll(async () => {
  fake = await startFakeXCompute({
    apiKey: "sk-test",
    outcome: (body) =>
      JSON.stringify(body).includes("please fail")
        ? { status: "failed", code: "risk_control", message: "Content flagged as sensitive." }
        : { status: "succeeded" },
  });
  adapter = createXComputeAdapter(connection(fake.url));
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.refusals.length = 0;
  fake.clearFaults();
});

type Case = [name: string, request: Omit<GenerationRequestInput, "provider" | "model">, body: Record<string, unknown>];

const CASES: Case[] = [
  ["text", { mode: "text", prompt: "a cat" }, { model: "kling-v3", prompt: "a cat" }],
  [
    "text, 4k, every setting",
    {
      mode: "text",
      prompt: "a cat",
      negativePrompt: "blur",
      quality: "4k",
      duration: 10,
      aspectRatio: "1:1",
      audio: true,
      watermark: false,
    },
    {
      model: "kling-v3",
      prompt: "a cat",
      negative_prompt: "blur",
      mode: "4k",
      duration: 10,
      aspect_ratio: "1:1",
      audio: true,
      watermark: false,
    },
  ],
  [
    "custom storyboard",
    {
      mode: "storyboard",
      duration: 5,
      storyboard: {
        split: "custom",
        shots: [
          { prompt: "one", duration: 2 },
          { prompt: "two", duration: 3 },
        ],
      },
    },
    {
      model: "kling-v3",
      duration: 5,
      multi_shot: true,
      shot_type: "customize",
      multi_prompt: [
        { index: 1, prompt: "one", duration: 2 },
        { index: 2, prompt: "two", duration: 3 },
      ],
    },
  ],
  [
    "intelligent storyboard",
    { mode: "storyboard", prompt: "a day", quality: "pro", storyboard: { split: "intelligent" } },
    { model: "kling-v3", prompt: "a day", mode: "pro", multi_shot: true, shot_type: "intelligence" },
  ],
  [
    "first frame",
    { mode: "first_frame", media: [{ role: "first_frame", url: IMG("a") }], duration: 15 },
    { model: "kling-v3", image_urls: [IMG("a")], duration: 15 },
  ],
  [
    "first frame with shots and an element",
    {
      mode: "first_frame",
      media: [{ role: "first_frame", url: IMG("a") }],
      elements: [dog],
      storyboard: { split: "custom", shots: [{ prompt: "@dog sits", duration: 5 }] },
    },
    {
      model: "kling-v3",
      image_urls: [IMG("a")],
      multi_shot: true,
      shot_type: "customize",
      multi_prompt: [{ index: 1, prompt: "@dog sits", duration: 5 }],
      element_list: [dogWire],
    },
  ],
  [
    "first + last frame",
    {
      mode: "first_last",
      prompt: "turn",
      media: [
        { role: "first_frame", url: IMG("a") },
        { role: "last_frame", url: IMG("b") },
      ],
      quality: "pro",
      duration: 5,
    },
    { model: "kling-v3", prompt: "turn", image_urls: [IMG("a"), IMG("b")], mode: "pro", duration: 5 },
  ],
  [
    "reference (inline elements)",
    { mode: "reference", prompt: "@dog runs", elements: [dog], aspectRatio: "9:16" },
    { model: "kling-v3", prompt: "@dog runs", aspect_ratio: "9:16", element_list: [dogWire] },
  ],
];

describe("xcompute adapter against the fake server", () => {
  it.each(CASES)("%s: submits the exact wire request and polls to success", async (_name, request, body) => {
    const submitted = await adapter.submit({ provider: "xcompute", model: "kling-v3", ...request });
    expect(fake.refusals).toEqual([]);
    expect(submitted).toMatchObject({ status: "queued", raw: { code: 200, data: [{ status: "submitted" }] } });

    const [create] = fake.requests;
    expect(create).toMatchObject({ method: "POST", path: XCOMPUTE_CREATE_PATH });
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
      path: `/v1/videos/generations/${submitted.providerTaskId}`,
      body: undefined,
      headers: { authorization: "Bearer sk-test" },
    });
    expect((await adapter.get(submitted.providerTaskId)).result).toMatchObject({
      videoUrl: fakeVideoUrl(submitted.providerTaskId),
    });
  });

  it("sends the ratio as size for a deployment configured that way", async () => {
    const sized = createXComputeAdapter(connection(fake.url), { aspectRatioField: "size" });
    await sized.submit({ provider: "xcompute", model: "kling-v3", mode: "text", prompt: "a cat", aspectRatio: "9:16" });
    expect(fake.requests[0]?.body).toStrictEqual({ model: "kling-v3", prompt: "a cat", size: "9:16" });
  });

  it("reports a failed generation with a classified error", async () => {
    const { providerTaskId } = await adapter.submit({
      provider: "xcompute",
      model: "kling-v3",
      mode: "text",
      prompt: "please fail",
    });
    await adapter.get(providerTaskId);
    await adapter.get(providerTaskId);
    expect(await adapter.get(providerTaskId)).toMatchObject({
      status: "failed",
      error: { kind: "content_rejected", code: "risk_control", retryable: false },
    });
  });

  it("surfaces a bad API key with the documented body", async () => {
    const wrongKey = createXComputeAdapter(connection(fake.url, { apiKey: "sk-wrong" }));
    const error = await wrongKey
      .submit({ provider: "xcompute", model: "kling-v3", mode: "text", prompt: "x" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({
      kind: "auth",
      code: "authentication_error",
      httpStatus: 401,
      message: "身份验证失败，请检查您的API密钥",
      outcomeUnknown: false,
    });
  });

  it.each([
    ["paymentRequired", "insufficient_balance", false, false],
    ["rateLimited", "rate_limited", true, false],
    ["badRequest", "invalid_request", false, false],
    // A 500 after the body was sent may still have created the task.
    ["serverError", "provider_unavailable", true, true],
  ] as const)(
    "maps a documented %s answer to a create, never retrying it",
    async (name, kind, retryable, outcomeUnknown) => {
      const { status, json } = xcomputeErrors[name]();
      fake.injectFault({ type: "status", status, json });
      await expect(
        adapter.submit({ provider: "xcompute", model: "kling-v3", mode: "text", prompt: "x" }),
      ).rejects.toMatchObject({ kind, retryable, outcomeUnknown, httpStatus: status });
      expect(fake.createRequests()).toHaveLength(1);
    },
  );

  it("keeps the raw body of an unrecognised create answer", async () => {
    fake.injectFault({ type: "status", status: 200, json: { id: "vid_1", status: "queued" } });
    await expect(
      adapter.submit({ provider: "xcompute", model: "kling-v3", mode: "text", prompt: "x" }),
    ).rejects.toMatchObject({
      kind: "unknown",
      outcomeUnknown: true,
      rawBody: '{"id":"vid_1","status":"queued"}',
    });
  });

  it("retries a rate-limited query", async () => {
    const { providerTaskId } = await adapter.submit({
      provider: "xcompute",
      model: "kling-v3",
      mode: "text",
      prompt: "x",
    });
    fake.injectFault(
      { type: "status", status: 429, json: xcomputeErrors.rateLimited().json },
      { match: (request) => request.method === "GET" },
    );
    expect((await adapter.get(providerTaskId)).status).toBe("queued");
    expect(fake.requests.filter((request) => request.method === "GET")).toHaveLength(2);
  });
});

describe("xcompute adapter reads every plausible status shape through a configured query path", () => {
  it.each(Object.keys(FAKE_TASK_SHAPES) as FakeTaskShapeName[])("%s", async (queryShape) => {
    const server = await startFakeXCompute({
      apiKey: "sk-test",
      queryShape,
      queryPath: "/v1/tasks/{id}",
      progression: { queued: 0, running: 1 },
    });
    try {
      const shaped = createXComputeAdapter(connection(server.url, { queryPath: "/v1/tasks/{id}" }));
      const { providerTaskId } = await shaped.submit({
        provider: "xcompute",
        model: "kling-v3",
        mode: "text",
        prompt: "x",
      });
      expect((await shaped.get(providerTaskId)).status).toBe("running");
      expect(server.requests.at(-1)).toMatchObject({ method: "GET", path: `/v1/tasks/${providerTaskId}` });
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
