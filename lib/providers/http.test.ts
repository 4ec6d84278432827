import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ProviderError } from "./errors";
import { createHttpClient, parseRetryAfter, type HttpClientOptions } from "./http";
import { startFakeServer, type FakeServer } from "./testing/fake-server";

let server: FakeServer;
beforeEach(async () => {
  server = await startFakeServer({ handle: () => ({ json: { ok: true } }) });
});
afterEach(() => server.close());

const client = (options: Partial<HttpClientOptions> = {}) =>
  createHttpClient({
    provider: "dashscope",
    baseUrl: server.url,
    apiKey: "k",
    timeoutMs: 1000,
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    readError: (body) => (body && typeof body === "object" && "code" in body ? { code: String(body.code) } : {}),
    random: () => 0.5,
    ...options,
  });
const get = (options?: Partial<HttpClientOptions>) => client(options).request({ method: "GET", path: "/thing" });
const post = (options?: Partial<HttpClientOptions>) =>
  client(options).request({ method: "POST", path: "/create", body: { a: 1 } });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a failure");
    },
    (error: unknown) => error as ProviderError,
  );

describe("HTTP client: queries (GET)", () => {
  it("sends the bearer token and parses JSON", async () => {
    const response = await client().request({ method: "GET", path: "/thing", query: { page: 2, skip: undefined } });
    expect(response.body).toEqual({ ok: true });
    expect(server.requests[0]).toMatchObject({
      path: "/thing",
      query: { page: "2" },
      headers: { authorization: "Bearer k" },
    });
  });

  it("retries retryable failures with exponential backoff and jitter", async () => {
    server.injectFault({ type: "status", status: 500 }, { times: 2 });
    await get({ retry: { baseDelayMs: 40, maxDelayMs: 1000 }, random: () => 1 });
    const [first, second, third] = server.requests.map((request) => request.receivedAt);
    expect(server.requests).toHaveLength(3);
    expect(second! - first!).toBeGreaterThanOrEqual(35);
    expect(third! - second!).toBeGreaterThanOrEqual(75);
  });

  it("gives up after the configured retries", async () => {
    server.injectFault({ type: "status", status: 503, json: { code: "ServiceUnavailable" } }, { times: 10 });
    const error = await failure(get({ retry: { maxRetries: 2, baseDelayMs: 1 } }));
    expect(error).toMatchObject({ kind: "provider_unavailable", httpStatus: 503, retryable: true });
    expect(server.requests).toHaveLength(3);
  });

  it("honours Retry-After", async () => {
    server.injectFault({ type: "status", status: 429, retryAfter: 1 });
    await get();
    const [first, second] = server.requests.map((request) => request.receivedAt);
    expect(second! - first!).toBeGreaterThanOrEqual(950);
  });

  it("does not wait for a Retry-After longer than the policy allows", async () => {
    server.injectFault({ type: "status", status: 429, retryAfter: 120 });
    expect(await failure(get())).toMatchObject({ kind: "rate_limited", retryAfterSeconds: 120 });
    expect(server.requests).toHaveLength(1);
  });

  it("does not retry failures that will not change", async () => {
    server.injectFault({ type: "status", status: 401, json: { code: "InvalidApiKey" } });
    expect(await failure(get())).toMatchObject({ kind: "auth", code: "InvalidApiKey", retryable: false });
    expect(server.requests).toHaveLength(1);
  });

  it("times out slow answers, retries, and reports a timeout when every attempt is slow", async () => {
    server.injectFault({ type: "slow", delayMs: 400 });
    await expect(get({ timeoutMs: 100 })).resolves.toMatchObject({ status: 200 });
    expect(server.requests).toHaveLength(2);

    server.injectFault({ type: "slow", delayMs: 400 }, { times: 3 });
    const error = await failure(get({ timeoutMs: 100, retry: { maxRetries: 2, baseDelayMs: 1 } }));
    expect(error).toMatchObject({ kind: "timeout", retryable: true, outcomeUnknown: false });
  });

  it("retries a malformed body and keeps the raw text when it persists", async () => {
    server.injectFault({ type: "malformed", text: "<html>oops" }, { times: 4 });
    const error = await failure(get());
    expect(error).toMatchObject({ kind: "provider_unavailable", rawBody: "<html>oops", httpStatus: 200 });
    expect(server.requests).toHaveLength(4);
  });

  it("classifies an error page by its status and keeps the raw text", async () => {
    const proxy = await startFakeServer({ handle: () => ({ status: 404, text: "<html>Not Found</html>" }) });
    const error = await failure(
      createHttpClient({ provider: "xcompute", baseUrl: proxy.url, timeoutMs: 500, readError: () => ({}) }).request({
        method: "GET",
        path: "/x",
      }),
    );
    await proxy.close();
    expect(error).toMatchObject({
      kind: "not_found",
      httpStatus: 404,
      rawBody: "<html>Not Found</html>",
      retryable: false,
    });
  });

  it("stops at once when the caller aborts", async () => {
    server.injectFault({ type: "slow", delayMs: 500 });
    const controller = new AbortController();
    const pending = client().request({ method: "GET", path: "/thing", signal: controller.signal });
    setTimeout(() => controller.abort(new Error("user left")), 50);
    await expect(pending).rejects.toThrow("user left");
  });
});

describe("HTTP client: creates (POST) are never retried", () => {
  it.each([
    [500, "provider_unavailable", true],
    [502, "provider_unavailable", true],
    [503, "provider_unavailable", false],
    [429, "rate_limited", false],
    [400, "invalid_request", false],
  ] as const)("HTTP %i → %s, outcome unknown: %s", async (status, kind, outcomeUnknown) => {
    server.injectFault({ type: "status", status }, { times: 5 });
    expect(await failure(post())).toMatchObject({ kind, outcomeUnknown, httpStatus: status });
    expect(server.requests).toHaveLength(1);
  });

  it("reports a timed-out create as outcome unknown", async () => {
    server.injectFault({ type: "slow", delayMs: 400 });
    const error = await failure(post({ timeoutMs: 100 }));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: "timeout", outcomeUnknown: true });
    expect(server.requests).toHaveLength(1);
  });

  it("reports a dropped connection as outcome unknown", async () => {
    server.injectFault({ type: "drop" });
    expect(await failure(post())).toMatchObject({ kind: "provider_unavailable", outcomeUnknown: true });
    expect(server.requests).toHaveLength(1);
  });

  it("reports a malformed answer to a create as outcome unknown", async () => {
    server.injectFault({ type: "malformed" });
    expect(await failure(post())).toMatchObject({ outcomeUnknown: true });
  });

  it("knows a refused connection created nothing", async () => {
    const closed = await startFakeServer({ handle: () => ({}) });
    await closed.close();
    const error = await failure(
      createHttpClient({ provider: "dashscope", baseUrl: closed.url, timeoutMs: 500, readError: () => ({}) }).request({
        method: "POST",
        path: "/x",
        body: {},
      }),
    );
    expect(error).toMatchObject({ kind: "provider_unavailable", code: "ECONNREFUSED", outcomeUnknown: false });
  });
});

describe("Retry-After parsing", () => {
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("12")).toBe(12);
    expect(parseRetryAfter(new Date(Date.UTC(2030, 0, 1, 0, 0, 30)).toUTCString(), Date.UTC(2030, 0, 1))).toBe(30);
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
