import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareEngineEnvironment, signedInUser } from "@/test/engine-harness";

// Every shape of bad input a careless script or a hostile member can send, through the real route
// handlers: each answers 4xx naming the field and the rule, and writes nothing.
const environment = await prepareEngineEnvironment();
const { prisma } = await import("@/lib/db/client");
const { POST: createRoute } = await import("@/app/api/generations/route");
const { GET: generationRoute } = await import("@/app/api/generations/[id]/route");
const { POST: cancelRoute } = await import("@/app/api/generations/[id]/cancel/route");
const { GET: assetRoute } = await import("@/app/api/assets/[id]/route");
const { GET: publicMediaRoute } = await import("@/app/api/media/public/[...key]/route");
const { POST: authRoute } = await import("@/app/api/auth/[...all]/route");

const ORIGIN = "http://localhost:3000";
let creator: { id: string; cookie: string };

beforeAll(async () => {
  creator = await signedInUser(`bad-input-${Date.now()}@hardening.test`);
});
afterAll(() => environment.cleanUp());

const valid = {
  provider: "simulator",
  model: "kling-simulator",
  mode: "text",
  prompt: "a red fox in the snow",
  aspectRatio: "16:9",
  duration: 3,
};
const noParams = { params: Promise.resolve({}) };

function post(body: string | Uint8Array | ReadableStream, headers: Record<string, string> = {}) {
  return createRoute(
    new Request(`${ORIGIN}/api/generations`, {
      method: "POST",
      headers: { cookie: creator.cookie, origin: ORIGIN, "content-type": "application/json", ...headers },
      body,
      // A stream body needs half-duplex in undici.
      ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
    } as RequestInit),
    noParams,
  );
}

const json = (value: unknown) => JSON.stringify(value);
const withRequest = (patch: Record<string, unknown>) => json({ request: { ...valid, ...patch } });

/** A body of `bytes` that never declares its length, so the limit must hold while reading. */
function streamOf(bytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  const chunk = new Uint8Array(1024 * 1024).fill(0x61);
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

type Row = {
  name: string;
  body: () => string | Uint8Array | ReadableStream;
  headers?: Record<string, string>;
  status: number;
  path?: string;
  rule?: string;
};

const rows: Row[] = [
  { name: "media as a string", body: () => withRequest({ media: "x" }), status: 400, path: "request.media" },
  { name: "media as an object", body: () => withRequest({ media: {} }), status: 400, path: "request.media" },
  { name: "media holding null", body: () => withRequest({ media: [null] }), status: 400, path: "request.media[0]" },
  {
    name: "media item without a URL",
    body: () => withRequest({ mode: "first_frame", media: [{ role: "first_frame" }] }),
    status: 400,
    path: "request.media[0].url",
  },
  {
    name: "a media URL of another scheme",
    body: () => withRequest({ mode: "first_frame", media: [{ role: "first_frame", url: "file:///etc/passwd" }] }),
    status: 400,
    path: "request.media[0].url",
  },
  {
    name: "a NUL in the prompt",
    body: () => withRequest({ prompt: "fox\u0000" }),
    status: 400,
    path: "request.prompt",
    rule: "text_invalid_characters",
  },
  {
    name: "a lone surrogate in the prompt",
    body: () => `{"request":${json(valid).replace('"a red fox in the snow"', '"fox \\ud800"')}}`,
    status: 400,
    path: "request.prompt",
    rule: "text_invalid_characters",
  },
  {
    name: "a lone surrogate in a field name",
    body: () => `{"request":${json(valid).slice(0, -1)},"\\udc00":1}}`,
    status: 400,
    rule: "text_invalid_characters",
  },
  {
    name: "a NUL in the idempotency key",
    body: () => json({ request: valid, idempotencyKey: "key-\u0000-123456" }),
    status: 400,
    path: "idempotencyKey",
    rule: "text_invalid_characters",
  },
  {
    name: "a lone surrogate in the idempotency key",
    body: () => `{"request":${json(valid)},"idempotencyKey":"key-\\ud800-123456"}`,
    status: 400,
    path: "idempotencyKey",
  },
  {
    name: "a NUL in the Idempotency-Key header is refused by the platform, a long one by us",
    body: () => json({ request: valid }),
    headers: { "idempotency-key": "k".repeat(300) },
    status: 400,
    path: "idempotencyKey",
  },
  {
    name: "a prompt of 5 MiB",
    body: () => withRequest({ prompt: "a".repeat(5 * 1024 * 1024) }),
    status: 400,
    path: "request.prompt",
    rule: "text_too_long",
  },
  {
    name: "a negative prompt of 200,000 characters",
    body: () => withRequest({ negativePrompt: "b".repeat(200_000) }),
    status: 400,
    path: "request.negativePrompt",
    rule: "text_too_long",
  },
  {
    name: "a shot prompt of 200,000 characters",
    body: () =>
      withRequest({
        mode: "storyboard",
        duration: 3,
        storyboard: { split: "custom", shots: [{ prompt: "c".repeat(200_000), duration: 3 }] },
      }),
    status: 400,
    path: "request.storyboard.shots[0].prompt",
    rule: "text_too_long",
  },
  {
    name: "a declared body of 50 MB",
    body: () => json({ request: valid }),
    headers: { "content-length": String(50 * 1024 * 1024) },
    status: 413,
    rule: "body_too_large",
  },
  { name: "an undeclared body of 50 MB", body: () => streamOf(50 * 1024 * 1024), status: 413, rule: "body_too_large" },
  {
    name: "plain text (a cross-site form's type)",
    body: () => json({ request: valid }),
    headers: { "content-type": "text/plain" },
    status: 415,
    rule: "content_type",
  },
  { name: "no content type", body: () => json({ request: valid }), headers: { "content-type": "" }, status: 415 },
  { name: "broken JSON", body: () => "{ request: ", status: 400, rule: "json_invalid" },
  {
    name: "bytes that are not UTF-8",
    body: () => new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
    status: 400,
    rule: "encoding_invalid",
  },
  { name: "an empty body", body: () => "", status: 400 },
  { name: "null", body: () => "null", status: 400 },
  { name: "an array", body: () => "[]", status: 400 },
  { name: "a number", body: () => "42", status: 400 },
  { name: "no request", body: () => json({}), status: 400, path: "request" },
  { name: "a request that is a string", body: () => json({ request: "make a video" }), status: 400, path: "request" },
  { name: "nesting 10,000 deep", body: () => `{"request":${"[".repeat(10_000)}${"]".repeat(10_000)}}`, status: 400 },
  {
    name: "an unknown provider",
    body: () => withRequest({ provider: "openai" }),
    status: 400,
    path: "request.provider",
    rule: "provider_unknown",
  },
  {
    name: "a provider that is not a string",
    body: () => withRequest({ provider: { $ne: 1 } }),
    status: 400,
    path: "request.provider",
  },
  { name: "an unknown mode", body: () => withRequest({ mode: "dream" }), status: 400, path: "request.mode" },
  { name: "an unknown model", body: () => withRequest({ model: "kling-v9" }), status: 400, path: "request.model" },
  {
    name: "a duration that is text",
    body: () => withRequest({ duration: "5" }),
    status: 400,
    path: "request.duration",
  },
  { name: "a negative duration", body: () => withRequest({ duration: -5 }), status: 400, path: "request.duration" },
  { name: "a huge duration", body: () => withRequest({ duration: 1e308 }), status: 400, path: "request.duration" },
  { name: "an unknown field", body: () => withRequest({ __proto__: { admin: true }, surprise: 1 }), status: 400 },
  {
    name: "voices that are not a list",
    body: () => withRequest({ voices: "alloy" }),
    status: 400,
    path: "request.voices",
  },
  {
    name: "an upload that does not exist",
    body: () =>
      withRequest({
        mode: "first_frame",
        media: [{ role: "first_frame", url: "asset:00000000-0000-4000-8000-000000000000" }],
      }),
    status: 400,
    path: "request.media[0].url",
    rule: "upload_unknown",
  },
];

describe("POST /api/generations refuses bad input with a 4xx naming the field, and stores nothing", () => {
  it.each(rows)("$name → $status", async ({ body, headers, status, path, rule }) => {
    const before = await prisma.generation.count();
    const response = await post(body(), headers);
    const problem = (await response.json()) as {
      status: number;
      detail: string;
      rule?: string;
      violations?: { path: string; rule: string }[];
    };
    expect(response.status, problem.detail).toBe(status);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    if (path) expect(problem.violations?.map((violation) => violation.path) ?? [], problem.detail).toContain(path);
    if (rule)
      expect(
        [problem.rule, ...(problem.violations ?? []).map((violation) => violation.rule)],
        problem.detail,
      ).toContain(rule);
    expect(await prisma.generation.count()).toBe(before);
  });

  it("accepts the same request when it is well formed (the table's baseline)", async () => {
    const response = await post(withRequest({}));
    expect(response.status).toBe(201);
  });

  it("answers 409 naming the key when an idempotency key is reused with another request", async () => {
    const idempotencyKey = `reused-${Date.now()}`;
    const first = await post(json({ request: valid, idempotencyKey }));
    expect(first.status).toBe(201);
    const again = await post(json({ request: valid, idempotencyKey }));
    expect(again.status).toBe(201);
    expect(((await again.json()) as { id: string }).id).toBe(((await first.json()) as { id: string }).id);

    const before = await prisma.generation.count();
    const conflict = await post(json({ request: { ...valid, prompt: "a different fox" }, idempotencyKey }));
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toMatchObject({
      rule: "idempotency_key_reused",
      idempotencyKey,
      detail: expect.stringContaining(idempotencyKey),
    });
    expect(await prisma.generation.count()).toBe(before);
  });

  it("treats a request with the model's defaults spelled out as the same request", async () => {
    const idempotencyKey = `defaults-${Date.now()}`;
    const withoutRatio: Partial<typeof valid> = { ...valid };
    delete withoutRatio.aspectRatio;
    const first = await post(json({ request: withoutRatio, idempotencyKey }));
    expect(first.status).toBe(201);
    const spelledOut = await post(json({ request: valid, idempotencyKey }));
    expect(spelledOut.status).toBe(201);
  });
});

describe("routes with an id in the path", () => {
  const cookie = () => ({ cookie: creator.cookie, origin: ORIGIN });
  const rejectingParams = <P>() => ({ params: Promise.reject(new URIError("URI malformed")) as Promise<P> });

  it.each([
    [
      "GET /api/generations/%zz",
      () =>
        generationRoute(new Request(`${ORIGIN}/api/generations/%zz`, { headers: cookie() }), {
          params: Promise.resolve({ id: "%zz" }),
        }),
    ],
    [
      "POST /api/generations/%zz/cancel",
      () =>
        cancelRoute(new Request(`${ORIGIN}/api/generations/%zz/cancel`, { method: "POST", headers: cookie() }), {
          params: Promise.resolve({ id: "%zz" }),
        }),
    ],
    [
      "GET /api/assets/%zz",
      () =>
        assetRoute(new Request(`${ORIGIN}/api/assets/%zz`, { headers: cookie() }), {
          params: Promise.resolve({ id: "%zz" }),
        }),
    ],
    [
      "GET /api/assets/\\u0000",
      () =>
        assetRoute(new Request(`${ORIGIN}/api/assets/%00`, { headers: cookie() }), {
          params: Promise.resolve({ id: "\u0000" }),
        }),
    ],
    [
      "GET /api/assets with undecodable params",
      () =>
        assetRoute(new Request(`${ORIGIN}/api/assets/%zz`, { headers: cookie() }), rejectingParams<{ id: string }>()),
    ],
    [
      "GET /api/media/public/%zz",
      () => publicMediaRoute(new Request(`${ORIGIN}/api/media/public/%zz?expires=1&signature=x`)),
    ],
    ["GET /api/media/public/%E0%A4%A", () => publicMediaRoute(new Request(`${ORIGIN}/api/media/public/%E0%A4%A`))],
  ])("%s answers 4xx, never 500", async (_name, call) => {
    const response = await call();
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});

describe("Better Auth's routes", () => {
  const signIn = (body: BodyInit, headers: Record<string, string> = {}) =>
    authRoute(
      new Request(`${ORIGIN}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { origin: ORIGIN, "content-type": "application/json", ...headers },
        body,
        ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
      } as RequestInit),
    );

  it("refuse a body far larger than any sign-in, declared or not", async () => {
    expect((await signIn(JSON.stringify({ email: "a@b.test", password: "x".repeat(1024 * 1024) }))).status).toBe(413);
    expect((await signIn(streamOf(5 * 1024 * 1024))).status).toBe(413);
  });

  it("still answer an ordinary sign-in", async () => {
    expect(
      (await signIn(JSON.stringify({ email: "nobody@hardening.test", password: "correct-horse-battery" }))).status,
    ).toBe(401);
  });
});
