import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GenerationRequestInput } from "../canonical";
import { ProviderError } from "../errors";
import { startFakeKlingGateway, type FakeKlingGateway } from "../testing/fake-kling-gateway";
import { startFakeServer, type FakeServer } from "../testing/fake-server";
import type { ProviderAdapter } from "../types";
import { createKlingGatewayAdapter, KLING_GATEWAY_CREATE_PATH } from "./adapter";
import { parseKlingGatewayCallback } from "./parse";
import { SEED_001_CASES } from "./seed-cases";

const connection = (url: string, extra: object = {}) => ({
  apiKey: "sk-test",
  baseUrl: url,
  timeoutMs: 2000,
  retry: { baseDelayMs: 1, maxDelayMs: 5 },
  problems: [],
  ...extra,
});
const text: GenerationRequestInput = { provider: "kling-gateway", model: "Kling-V2.6", mode: "text", prompt: "a cat" };

let fake: FakeKlingGateway;
let receiver: FakeServer;
let adapter: ProviderAdapter;
let keys = 0;
const nextKey = () => `gen-${++keys}`;

beforeAll(async () => {
  fake = await startFakeKlingGateway({
    apiKey: "sk-test",
    outcome: (body) =>
      body.prompt?.includes("please fail") ? { status: "failed", error: "内容审核未通过" } : { status: "completed" },
  });
  receiver = await startFakeServer({ handle: () => ({ json: { ok: true } }) });
  adapter = createKlingGatewayAdapter(connection(fake.url));
});
afterAll(async () => {
  await fake.close();
  await receiver.close();
});
beforeEach(() => {
  fake.requests.length = 0;
  receiver.requests.length = 0;
  fake.clearFaults();
  fake.setQueryShape("task");
});

describe("kling-gateway adapter against the fake gateway", () => {
  it.each(SEED_001_CASES.map((seedCase) => [seedCase.name, seedCase] as const))(
    "%s: exact wire request, then polls to success",
    async (_name, { canonical, expected }) => {
      const key = nextKey();
      const callbackUrl = `${receiver.url}/hooks/kling`;
      const submitted = await adapter.submit(canonical, { idempotencyKey: key, callbackUrl });
      expect(submitted).toMatchObject({ status: "queued", raw: { status: "pending" } });

      const [create] = fake.requests;
      expect(create).toMatchObject({ method: "POST", path: KLING_GATEWAY_CREATE_PATH });
      expect(create?.headers).toMatchObject({
        authorization: "Bearer sk-test",
        "content-type": "application/json",
        accept: "application/json",
      });
      expect(create?.body).toStrictEqual({ ...expected, external_task_id: key, callback_url: callbackUrl });

      const statuses = [];
      for (let poll = 0; poll < 3; poll++) statuses.push((await adapter.get(submitted.providerTaskId)).status);
      expect(statuses).toEqual(["queued", "running", "succeeded"]);
      const query = fake.requests[1];
      expect(query).toMatchObject({
        method: "GET",
        path: `/v1/videos/${submitted.providerTaskId}`,
        query: {},
        body: undefined,
      });
      expect(query?.headers.authorization).toBe("Bearer sk-test");

      const done = await adapter.get(submitted.providerTaskId);
      expect(done.result).toMatchObject({
        videoUrl: `https://cdn.fake.test/${submitted.providerTaskId}.mp4`,
        billedSeconds: Number(expected.seconds ?? 5),
      });

      // The gateway POSTed each status change to the callback URL.
      await fake.flushCallbacks();
      expect(receiver.requests.map((request) => parseKlingGatewayCallback(request.body).status)).toEqual([
        "running",
        "succeeded",
      ]);
      expect(receiver.requests[0]).toMatchObject({ method: "POST", path: "/hooks/kling" });
    },
  );

  it("reads a finished task answered in shape B", async () => {
    fake.setQueryShape("result");
    const { providerTaskId } = await adapter.submit(
      { ...text, quality: "pro", duration: 10 },
      { idempotencyKey: nextKey() },
    );
    fake.advance(providerTaskId);
    fake.advance(providerTaskId);
    const done = await adapter.get(providerTaskId);
    expect(done).toMatchObject({
      providerTaskId,
      status: "succeeded",
      result: {
        videoUrl: `https://cdn.fake.test/${providerTaskId}.mp4`,
        coverUrl: `https://cdn.fake.test/${providerTaskId}.jpg`,
        width: 1920,
        height: 1080,
        durationSeconds: 10,
        billedSeconds: 10,
      },
    });
    expect(done.raw).toMatchObject({ provider: "可灵AI", data: [{ duration: 10 }] });
  });

  it("reports a failed generation with a classified error", async () => {
    const { providerTaskId } = await adapter.submit({ ...text, prompt: "please fail" });
    for (let poll = 0; poll < 2; poll++) await adapter.get(providerTaskId);
    const failed = await adapter.get(providerTaskId);
    expect(failed).toMatchObject({
      status: "failed",
      error: { kind: "content_rejected", message: "内容审核未通过", retryable: false },
    });
  });

  it("surfaces a bad API key as an auth error with the gateway's envelope", async () => {
    const wrongKey = createKlingGatewayAdapter(connection(fake.url, { apiKey: "sk-wrong" }));
    const error = await wrongKey.submit(text).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({
      kind: "auth",
      code: "1000",
      httpStatus: 401,
      retryable: false,
      outcomeUnknown: false,
    });
    expect((error as ProviderError).requestId).toMatch(/^req-/);
  });

  it("never retries a create; a rate-limited one is retryable later", async () => {
    fake.injectFault({
      type: "status",
      status: 429,
      retryAfter: 3,
      json: { code: 1302, message: "rate limit exceeded", request_id: "r" },
    });
    await expect(adapter.submit(text, { idempotencyKey: nextKey() })).rejects.toMatchObject({
      kind: "rate_limited",
      retryable: true,
      retryAfterSeconds: 3,
      outcomeUnknown: false,
    });
    expect(fake.createRequests()).toHaveLength(1);
  });

  it("sends the optional ?provider= hint when the query path is configured with it", async () => {
    const hinted = createKlingGatewayAdapter(connection(fake.url, { queryPath: "/v1/videos/{id}?provider=kling" }));
    const { providerTaskId } = await hinted.submit(text);
    await hinted.get(providerTaskId);
    expect(fake.requests.at(-1)).toMatchObject({ path: `/v1/videos/${providerTaskId}`, query: { provider: "kling" } });
  });
});

describe("kling-gateway idempotent creation through external_task_id", () => {
  it("finds nothing after a create whose connection dropped before the gateway saw it, so it can be sent again", async () => {
    const key = nextKey();
    fake.injectFault({ type: "drop" });
    await expect(adapter.submit(text, { idempotencyKey: key })).rejects.toMatchObject({ outcomeUnknown: true });
    expect(fake.createRequests()).toHaveLength(1);

    expect(await adapter.findTaskByIdempotencyKey?.(key)).toBeNull();
    expect(fake.requests.at(-1)).toMatchObject({ method: "GET", path: `/v1/videos/${key}` });

    const again = await adapter.submit(text, { idempotencyKey: key });
    const found = await adapter.findTaskByIdempotencyKey?.(key);
    expect(found).toMatchObject({ providerTaskId: again.providerTaskId, status: "queued" });
  });

  it("finds the task after a create the gateway made but whose answer was lost", async () => {
    const key = nextKey();
    const impatient = createKlingGatewayAdapter(connection(fake.url, { timeoutMs: 100 }));
    fake.injectFault({ type: "slow", delayMs: 300 });
    await expect(impatient.submit(text, { idempotencyKey: key })).rejects.toMatchObject({
      kind: "timeout",
      outcomeUnknown: true,
    });
    await new Promise((resolve) => setTimeout(resolve, 350));

    const found = await adapter.findTaskByIdempotencyKey?.(key);
    const created = [...fake.tasks.values()].find((task) => task.body.external_task_id === key);
    expect(found).toMatchObject({ providerTaskId: created?.id, status: "queued" });
    // Creating it again would be refused: the key is taken.
    await expect(adapter.submit(text, { idempotencyKey: key })).rejects.toMatchObject({
      kind: "invalid_request",
      httpStatus: 400,
    });
  });

  it("passes other lookup failures on, so the engine reconciles instead of creating twice", async () => {
    fake.injectFault({ type: "status", status: 401, json: { code: 1000, message: "Authentication failed" } });
    await expect(adapter.findTaskByIdempotencyKey?.("gen-x")).rejects.toMatchObject({ kind: "auth" });
  });
});
