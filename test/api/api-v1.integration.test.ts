import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareEngineEnvironment, signedInUser, waitFor } from "@/test/engine-harness";

// The scripts' API end to end through its route handlers: personal tokens and their scopes, an upload,
// a first-frame generation with the simulator, the video with Range, batches, idempotency, rate limits.

const environment = await prepareEngineEnvironment({ API_RATE_LIMIT: "60" });
const { prisma } = await import("@/lib/db/client");
const { getStorage } = await import("@/lib/storage");
const { startWorker } = await import("@/lib/tasks/worker");
const { createApiToken, revokeApiToken } = await import("@/lib/auth/api-tokens");
const assets = await import("@/app/api/v1/assets/route");
const generations = await import("@/app/api/v1/generations/route");
const generation = await import("@/app/api/v1/generations/[id]/route");
const video = await import("@/app/api/v1/generations/[id]/video/route");
const batch = await import("@/app/api/v1/generations/batch/route");
const providers = await import("@/app/api/v1/providers/route");

type Route<P = object> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

let worker: Awaited<ReturnType<typeof startWorker>>;
const tokens = { write: "", read: "", revoked: "", limited: "" };

function call<P>(route: unknown, token: string, init: RequestInit & { params?: P } = {}) {
  const { params, ...rest } = init;
  const request = new Request("http://localhost/api/v1/any", {
    ...rest,
    headers: { authorization: `Bearer ${token}`, ...(rest.headers as Record<string, string>) },
  });
  return (route as Route<P>)(request, { params: Promise.resolve((params ?? {}) as P) });
}

const json = (body: unknown) => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});
const textRequest = (prompt: string) => ({
  provider: "simulator",
  model: "kling-simulator",
  mode: "text",
  prompt,
  duration: 3,
});

beforeAll(async () => {
  const user = await signedInUser(`api-${Date.now()}@api.test`);
  const owner = { id: user.id, role: "member" as const };
  tokens.write = (await createApiToken(owner, { name: "script", scope: "write" })).token;
  tokens.read = (await createApiToken(owner, { name: "dashboard", scope: "read" })).token;
  tokens.limited = (await createApiToken(owner, { name: "busy", scope: "read" })).token;
  const revoked = await createApiToken(owner, { name: "old", scope: "write" });
  await revokeApiToken(user.id, revoked.record.id);
  tokens.revoked = revoked.token;
  worker = await startWorker({ databaseUrl: process.env.DATABASE_URL! }, async () => ({
    prisma,
    storage: getStorage(),
  }));
});

afterAll(async () => {
  await worker?.stop();
  await environment.cleanUp();
});

describe("/api/v1 with personal tokens", () => {
  it("uploads a frame, makes a first-frame generation and serves its video with Range", async () => {
    const png = await sharp({ create: { width: 640, height: 360, channels: 3, background: "#3070c0" } })
      .png()
      .toBuffer();
    const uploaded = await call(assets.POST, tokens.write, {
      method: "POST",
      headers: { "content-type": "image/png" },
      body: new Uint8Array(png),
    });
    expect(uploaded.status).toBe(201);
    const asset = (await uploaded.json()) as { url: string; width: number; height: number };
    expect(asset).toMatchObject({ width: 640, height: 360, url: expect.stringMatching(/^asset:/) });

    const created = await call(generations.POST, tokens.write, {
      ...json({
        request: {
          provider: "simulator",
          model: "kling-simulator",
          mode: "first_frame",
          prompt: "The lake ripples",
          duration: 3,
          media: [{ role: "first_frame", url: asset.url }],
        },
      }),
      headers: { "content-type": "application/json", "idempotency-key": "first-frame-0001" },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("ratelimit-limit")).toBe("60");
    const { id } = (await created.json()) as { id: string };

    await waitFor(
      async () => {
        const answer = await call(generation.GET, tokens.read, { params: { id } });
        return ((await answer.json()) as { status: string }).status === "succeeded";
      },
      { timeoutMs: 60_000, what: "the generation to succeed" },
    );
    const part = await call(video.GET, tokens.read, { params: { id }, headers: { range: "bytes=0-99" } });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toMatch(/^bytes 0-99\/\d+$/);
    expect((await part.arrayBuffer()).byteLength).toBe(100);

    // The same key with another body is refused; with the same body it answers the same generation.
    const reused = await call(generations.POST, tokens.write, {
      ...json({ request: textRequest("Something else") }),
      headers: { "content-type": "application/json", "idempotency-key": "first-frame-0001" },
    });
    expect(reused.status).toBe(409);
    expect(await reused.json()).toMatchObject({ rule: "idempotency_key_reused" });
  }, 90_000);

  it("refuses a read token's create (403) and a revoked token (401)", async () => {
    const read = await call(generations.POST, tokens.read, json({ request: textRequest("No") }));
    expect(read.status).toBe(403);
    expect(await read.json()).toMatchObject({ rule: "scope_insufficient" });
    const revoked = await call(generations.GET, tokens.revoked);
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await call(generations.GET, "ks_not-a-token")).status).toBe(401);
  });

  it("creates the valid requests of a batch and reports the others with their violations", async () => {
    const answer = await call(
      batch.POST,
      tokens.write,
      json({
        requests: [
          { request: textRequest("A fox at dawn") },
          { request: { ...textRequest("Too long"), duration: 99 } },
          { request: textRequest("An owl at dusk") },
          { request: { provider: "simulator", mode: "text" } },
          { request: textRequest("A heron at noon") },
        ],
      }),
    );
    expect(answer.status).toBe(201);
    const body = (await answer.json()) as {
      created: number;
      refused: number;
      items: { index: number; status: number; violations?: { path: string; rule: string }[] }[];
    };
    expect(body).toMatchObject({ created: 3, refused: 2 });
    expect(body.items.map((item) => item.status)).toEqual([201, 400, 201, 400, 201]);
    expect(body.items[1]!.violations!.map((violation) => violation.path)).toContain("requests[1].request.duration");
    expect(body.items[3]!.violations!.length).toBeGreaterThan(0);
  });

  it("answers the requests beyond the limit with 429 and Retry-After", async () => {
    // The limit counts per minute: start well inside one, so the burst is not split across two.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 50_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 100));
    const answers = await Promise.all(Array.from({ length: 100 }, () => call(providers.GET, tokens.limited)));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(60);
    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused).toHaveLength(40);
    expect(Number(refused[0]!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused[0]!.headers.get("ratelimit-remaining")).toBe("0");
  }, 60_000);
});
