import { decodeJwt, decodeProtectedHeader } from "jose";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GenerationRequestInput } from "../canonical";
import { ProviderError } from "../errors";
import { KLING_ERROR_TABLE, klingError, startFakeKling, type FakeKling } from "../testing/fake-kling";
import { createKlingAdapter } from "./adapter";
import { KLING_ERROR_CODES } from "./errors";

const TEXT: GenerationRequestInput = { provider: "kling", model: "kling-v3", mode: "text", prompt: "a heron" };
const MINUTE = 60_000;
const connection = (url: string, credentials: Record<string, string>) => ({
  baseUrl: url,
  timeoutMs: 2000,
  retry: { baseDelayMs: 1, maxDelayMs: 5 },
  problems: [],
  ...credentials,
});
const bearer = (fake: FakeKling, index: number) => fake.requests[index]!.headers.authorization!.replace("Bearer ", "");

let fake: FakeKling;
let fakeClock = Date.now();
beforeAll(async () => {
  fake = await startFakeKling({ apiKey: "kling-key", accessKey: "ak-1", secretKey: "sk-1", now: () => fakeClock });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.clearFaults();
  fakeClock = Date.now();
});

describe("signing in with an access key and a secret key", () => {
  it("signs an HS256 token with iss, exp in 30 minutes and nbf 5 seconds back, and reuses it", async () => {
    const adapter = createKlingAdapter(connection(fake.url, { accessKey: "ak-1", secretKey: "sk-1" }));
    const before = Math.floor(Date.now() / 1000);
    const created = await adapter.submit(TEXT);
    await adapter.get(created.providerTaskId);
    const token = bearer(fake, 0);
    expect(decodeProtectedHeader(token)).toEqual({ alg: "HS256", typ: "JWT" });
    const claims = decodeJwt(token);
    expect(claims.iss).toBe("ak-1");
    expect(claims.exp! - before).toBeGreaterThanOrEqual(1800);
    expect(claims.exp! - before).toBeLessThanOrEqual(1801);
    expect(before - claims.nbf!).toBeGreaterThanOrEqual(4);
    expect(bearer(fake, 1)).toBe(token);
  });

  it("renews the token before it expires", async () => {
    let now = Date.now();
    const adapter = createKlingAdapter(connection(fake.url, { accessKey: "ak-1", secretKey: "sk-1" }), {
      now: () => now,
    });
    const created = await adapter.submit(TEXT);
    now += 26 * MINUTE;
    fakeClock = now;
    await adapter.get(created.providerTaskId);
    expect(bearer(fake, 1)).not.toBe(bearer(fake, 0));
    expect(decodeJwt(bearer(fake, 1)).exp).toBe(Math.floor(now / 1000) + 1800);
    expect(fake.requests.every((request) => request.path.startsWith("/v1/videos/"))).toBe(true);
  });

  it("signs afresh exactly once when Kling answers 1004, and succeeds with the new token", async () => {
    const adapter = createKlingAdapter(connection(fake.url, { accessKey: "ak-1", secretKey: "sk-1" }));
    await adapter.submit(TEXT);
    fake.requests.length = 0;
    fake.injectFault({ type: "status", ...toFault(1004) });
    // The cached token must be signed again, even though this process's clock thinks it is fresh.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await adapter.submit(TEXT);
    expect(fake.requests).toHaveLength(2);
    expect(bearer(fake, 1)).not.toBe(bearer(fake, 0));
  });

  it("gives up after one re-signed retry when the clocks disagree for good", async () => {
    const adapter = createKlingAdapter(connection(fake.url, { accessKey: "ak-1", secretKey: "sk-1" }));
    fakeClock = Date.now() + 31 * MINUTE;
    const error = await adapter.submit(TEXT).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: "auth", code: "1004", retryable: false });
    expect((error as ProviderError).userMessage).toMatch(/clock/);
    expect(fake.requests).toHaveLength(2);
  });

  it("is refused (1002) with a wrong secret, without a retry", async () => {
    const adapter = createKlingAdapter(connection(fake.url, { accessKey: "ak-1", secretKey: "wrong" }));
    await expect(adapter.submit(TEXT)).rejects.toMatchObject({ kind: "auth", code: "1002" });
    expect(fake.requests).toHaveLength(1);
  });

  it("sends the API key as it is when one is set", async () => {
    await createKlingAdapter(connection(fake.url, { apiKey: "kling-key" })).submit(TEXT);
    expect(bearer(fake, 0)).toBe("kling-key");
    await expect(createKlingAdapter(connection(fake.url, { apiKey: "other" })).submit(TEXT)).rejects.toMatchObject({
      kind: "auth",
    });
  });
});

function toFault(code: number) {
  const { status, json } = klingError(code);
  return { status: status!, json };
}

const EXPECTED: Record<number, { kind: string; retryable: boolean; words?: RegExp }> = {
  1000: { kind: "auth", retryable: false },
  1001: { kind: "auth", retryable: false },
  1002: { kind: "auth", retryable: false },
  1003: { kind: "auth", retryable: false, words: /clock/ },
  1004: { kind: "auth", retryable: false, words: /clock/ },
  1100: { kind: "auth", retryable: false, words: /account/ },
  1101: { kind: "insufficient_balance", retryable: false, words: /arrears/ },
  1102: { kind: "insufficient_balance", retryable: false, words: /resource pack/ },
  1103: { kind: "auth", retryable: false, words: /model/ },
  1200: { kind: "invalid_request", retryable: false },
  1201: { kind: "invalid_request", retryable: false },
  1202: { kind: "invalid_request", retryable: false },
  1203: { kind: "not_found", retryable: false },
  1300: { kind: "content_rejected", retryable: false },
  1301: { kind: "content_rejected", retryable: false },
  1302: { kind: "rate_limited", retryable: true },
  1303: { kind: "rate_limited", retryable: true, words: /slot/ },
  1304: { kind: "auth", retryable: false, words: /IP address/ },
  5000: { kind: "provider_unavailable", retryable: true },
  5001: { kind: "provider_unavailable", retryable: true },
  5002: { kind: "provider_unavailable", retryable: true },
};

describe("errors are read by Kling's code, not the HTTP status", () => {
  const adapter = () => createKlingAdapter(connection(fake.url, { apiKey: "kling-key" }));

  it("knows every documented code", () => {
    expect(KLING_ERROR_CODES.sort()).toEqual(Object.keys(KLING_ERROR_TABLE).map(Number).sort());
  });

  it.each(Object.entries(EXPECTED))(
    "code %s on a create: its kind, retry verdict and one request",
    async (code, expected) => {
      fake.injectFault({ type: "status", ...toFault(Number(code)) });
      const error = (await adapter()
        .submit(TEXT)
        .catch((caught: unknown) => caught)) as ProviderError;
      expect(error).toBeInstanceOf(ProviderError);
      expect({ kind: error.kind, retryable: error.retryable, code: error.code }).toEqual({
        kind: expected.kind,
        retryable: expected.retryable,
        code,
      });
      if (expected.words) expect(error.userMessage).toMatch(expected.words);
      expect(error.concurrencyLimited).toBe(code === "1303");
      expect(fake.requests).toHaveLength(1);
    },
  );

  it("retries a query only for codes that are worth it, never for a used-up resource pack", async () => {
    const created = await adapter().submit(TEXT);
    fake.requests.length = 0;
    fake.injectFault({ type: "status", ...toFault(1102) });
    await expect(adapter().get(created.providerTaskId)).rejects.toMatchObject({ kind: "insufficient_balance" });
    expect(fake.requests).toHaveLength(1);
    fake.requests.length = 0;
    fake.injectFault({ type: "status", ...toFault(1302) });
    await expect(adapter().get(created.providerTaskId)).resolves.toMatchObject({
      providerTaskId: created.providerTaskId,
    });
    expect(fake.requests).toHaveLength(2);
  });

  it("reads a refusal inside a 200 answer", async () => {
    fake.injectFault({
      type: "status",
      status: 200,
      json: { code: 1303, message: "parallel task over resource pack limit" },
    });
    await expect(adapter().submit(TEXT)).rejects.toMatchObject({
      kind: "rate_limited",
      concurrencyLimited: true,
      outcomeUnknown: false,
    });
  });

  it("names the input a content refusal names", async () => {
    fake.injectFault({ type: "status", status: 400, json: { code: 1301, message: "image content risk detected" } });
    await expect(adapter().submit(TEXT)).rejects.toMatchObject({ userMessage: expect.stringMatching(/input image/) });
    fake.injectFault({ type: "status", status: 400, json: { code: 1301, message: "prompt content risk detected" } });
    await expect(adapter().submit(TEXT)).rejects.toMatchObject({ userMessage: expect.stringMatching(/the prompt/) });
  });

  it("leaves a create that timed out unknown, and finds it by external_task_id without sending it again", async () => {
    const slow = createKlingAdapter({ ...connection(fake.url, { apiKey: "kling-key" }), timeoutMs: 300 });
    fake.injectFault({ type: "slow", delayMs: 600 }, { match: (request) => request.method === "POST" });
    const error = await slow.submit(TEXT, { idempotencyKey: "lost-answer" }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ outcomeUnknown: true });
    await new Promise((resolve) => setTimeout(resolve, 400));
    const found = await slow.findTaskByIdempotencyKey!("lost-answer");
    expect(found?.providerTaskId).toMatch(/^text2video:/);
    expect(fake.requests.filter((request) => request.method === "POST")).toHaveLength(1);
  });
});
