import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prepareEngineEnvironment, seedHistory, signedInUser, startVideoCdn, waitFor } from "@/test/engine-harness";

// Kling's own API through the whole task engine: its concurrency slots, its codes, its signed callbacks and
// its lookup by external_task_id, against the fake Kling.

const SECRET = `whsec_${Buffer.from("kling-console-webhook-secret").toString("base64")}`;
const environment = await prepareEngineEnvironment({
  WORKER_CONCURRENCY: "8",
  // A create whose answer was lost is looked up again once this has passed.
  WORKER_STEP_TIMEOUT_SECONDS: "5",
  KLING_API_KEY: "kling-key",
  KLING_CONCURRENCY: "2",
  KLING_WEBHOOK_SECRET: SECRET,
  KLING_TIMEOUT_MS: "1000",
});
const { prisma } = await import("@/lib/db/client");
const { getStorage } = await import("@/lib/storage");
const { startFakeKling } = await import("@/lib/providers/testing/fake-kling");
const { startWorker } = await import("./worker");
const { createGeneration } = await import("./create-generation");
const { findGenerationWithDetails, presentGeneration } = await import("./present");
const { POST: klingCallback } = await import("@/app/api/callbacks/kling/route");

const cdn = await startVideoCdn(environment.dataDir);
const fake = await startFakeKling({
  apiKey: "kling-key",
  // Kling's own limit: a create beyond it is refused with 1303.
  concurrency: 2,
  webhookSecret: SECRET,
  progression: (body) =>
    String(body.prompt).startsWith("hold") ? { by: "manual" } : { by: "time", queuedMs: 300, runningMs: 1_200 },
  videoUrl: (id) => `${cdn.url}/${id}.mp4`,
});
process.env.KLING_BASE_URL = fake.url;

let worker: Awaited<ReturnType<typeof startWorker>>;
let creator: { id: string };
const text = (prompt: string) =>
  ({ provider: "kling", model: "kling-v3", mode: "text", prompt, quality: "std", duration: 5 }) as const;
const creates = (prompt: string) =>
  fake.requests.filter(
    (request) => request.method === "POST" && (request.body as { prompt?: string })?.prompt === prompt,
  );

beforeAll(async () => {
  creator = await signedInUser(`kling-${Date.now()}@engine.test`);
  worker = await startWorker({ databaseUrl: process.env.DATABASE_URL! }, async () => ({
    prisma,
    storage: getStorage(),
    callbackBaseUrl: "https://studio.test",
  }));
  // History: generations like these take about two seconds, so the engine asks soon.
  await seedHistory(prisma, creator.id, { provider: "kling", model: "kling-v3" }, 1_600);
});
afterAll(async () => {
  await worker?.stop();
  await fake.close();
  await cdn.close();
  await environment.cleanUp();
});
beforeEach(() => fake.clearFaults());

async function finished(id: string) {
  return waitFor(
    async () => {
      const generation = await prisma.generation.findUniqueOrThrow({ where: { id }, include: { assets: true } });
      return generation.finishedAt ? generation : null;
    },
    { timeoutMs: 40_000, what: `generation ${id} to finish` },
  );
}

describe("Kling's concurrency slots", () => {
  it(
    "with KLING_CONCURRENCY=2, five at once never run more than two at Kling, wait in line, and all succeed",
    { timeout: 90_000 },
    async () => {
      const generations = await Promise.all(
        Array.from({ length: 5 }, (_, index) =>
          createGeneration(worker.engine, { creatorId: creator.id, request: text(`slot ${index}`) }),
        ),
      );
      const places = new Set<number>();
      const ids = generations.map((generation) => generation.id);
      await waitFor(
        async () => {
          for (const id of ids) {
            const view = presentGeneration((await findGenerationWithDetails(prisma, id))!);
            if (view.eta?.slotPlace) {
              places.add(view.eta.slotPlace);
              expect(view.waiting).toEqual({ reason: "provider_slot", provider: "kling", place: view.eta.slotPlace });
            }
          }
          return (await prisma.generation.count({ where: { id: { in: ids }, finishedAt: { not: null } } })) === 5;
        },
        { timeoutMs: 80_000, intervalMs: 100, what: "the five to finish" },
      );
      const done = await prisma.generation.findMany({ where: { id: { in: ids } }, include: { assets: true } });
      expect(done.map((generation) => generation.status)).toEqual(Array(5).fill("succeeded"));
      expect(done.every((generation) => generation.assets.some((asset) => asset.kind === "video"))).toBe(true);
      expect(fake.maxRunning()).toBeLessThanOrEqual(2);
      // They waited here instead of being refused there.
      expect(fake.refusals.get(1303) ?? 0).toBe(0);
      expect(places.has(1)).toBe(true);
      // The timeline says why they waited.
      const events = await prisma.generationEvent.findMany({
        where: { generationId: { in: ids }, message: { startsWith: "Waiting for a free slot" } },
      });
      expect(events.length).toBeGreaterThanOrEqual(2);
      expect(events[0]!.message).toMatch(
        /Kling AI \(official API\): the account runs at most 2 of these tasks at once/,
      );
      expect(Math.max(...places)).toBeGreaterThanOrEqual(2);
      // Each was created once, with its own id as external_task_id.
      for (const generation of done) {
        const [create] = creates((generation.request as { prompt: string }).prompt);
        expect(create?.body).toMatchObject({
          external_task_id: generation.id,
          callback_url: "https://studio.test/api/callbacks/kling",
        });
      }
    },
  );

  it(
    "learns the limit from a 1303 when none is configured, and still finishes every generation",
    { timeout: 90_000 },
    async () => {
      const configured = worker.engine.providersConfig.kling.concurrency;
      worker.engine.providersConfig.kling.concurrency = undefined;
      try {
        const generations = await Promise.all(
          Array.from({ length: 4 }, (_, index) =>
            createGeneration(worker.engine, { creatorId: creator.id, request: text(`unknown limit ${index}`) }),
          ),
        );
        const done = await Promise.all(generations.map((generation) => finished(generation.id)));
        expect(done.map((generation) => generation.status)).toEqual(Array(4).fill("succeeded"));
        expect(fake.refusals.get(1303) ?? 0).toBeGreaterThan(0);
        const learned = await prisma.providerSlotLimit.findUnique({
          where: { provider_family: { provider: "kling", family: "kling-v3" } },
        });
        // At most what Kling allows; one less when two creates crossed on the way (see slots.ts learnLimit).
        expect(learned?.limit).toBeGreaterThanOrEqual(1);
        expect(learned?.limit).toBeLessThanOrEqual(2);
        expect(fake.maxRunning()).toBeLessThanOrEqual(2);
      } finally {
        worker.engine.providersConfig.kling.concurrency = configured;
      }
    },
  );
});

describe("Kling's codes", () => {
  it("fails a generation at once when the resource pack is used up (429, 1102), without a second request", async () => {
    fake.injectFault(
      {
        type: "status",
        status: 429,
        json: { code: 1102, message: "Resource pack depleted or expired (prepaid scenario)", request_id: "r" },
      },
      { match: (request) => (request.body as { prompt?: string })?.prompt === "no pack" },
    );
    const generation = await createGeneration(worker.engine, { creatorId: creator.id, request: text("no pack") });
    const done = await finished(generation.id);
    expect(done.status).toBe("failed");
    expect((done.error as { message: string }).message).toMatch(/resource pack/);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(creates("no pack")).toHaveLength(1);
  });

  it(
    "finds a create whose answer timed out by external_task_id, and never sends it twice",
    { timeout: 60_000 },
    async () => {
      fake.injectFault(
        { type: "slow", delayMs: 1_600 },
        {
          match: (request) =>
            request.method === "POST" && (request.body as { prompt?: string })?.prompt === "lost answer",
        },
      );
      const generation = await createGeneration(worker.engine, { creatorId: creator.id, request: text("lost answer") });
      const done = await finished(generation.id);
      expect(done.status).toBe("succeeded");
      expect(creates("lost answer")).toHaveLength(1);
      expect(
        fake.requests.some((request) => request.method === "GET" && request.path.endsWith(`/${generation.id}`)),
      ).toBe(true);
    },
  );
});

describe("batch status queries", () => {
  it("asks about many tasks in flight in one request, and each follows that answer", { timeout: 60_000 }, async () => {
    const configured = worker.engine.providersConfig.kling.concurrency;
    worker.engine.providersConfig.kling.concurrency = undefined;
    fake.setConcurrency(undefined);
    await prisma.providerSlotLimit.deleteMany();
    try {
      const generations = await Promise.all(
        Array.from({ length: 8 }, (_, index) =>
          createGeneration(worker.engine, { creatorId: creator.id, request: text(`hold batch ${index}`) }),
        ),
      );
      const ids = generations.map((generation) => generation.id);
      const atKling = await waitFor(
        async () => {
          const rows = await prisma.generation.findMany({ where: { id: { in: ids }, providerTaskId: { not: null } } });
          return rows.length === 8 ? rows : null;
        },
        { what: "the eight to be at Kling" },
      );
      fake.requests.length = 0;
      // Several rounds of questions while they run.
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      const batches = fake.requests.filter((request) => request.path === "/tasks");
      const singles = fake.requests.filter(
        (request) => request.method === "GET" && request.path.startsWith("/v1/videos/"),
      );
      const asked = batches.reduce((sum, request) => sum + request.query.task_ids!.split(",").length, 0);
      expect(Math.max(...batches.map((request) => request.query.task_ids!.split(",").length))).toBeGreaterThanOrEqual(
        4,
      );
      // Most answers came in batches: fewer requests than tasks asked about.
      expect(batches.length + singles.length).toBeLessThan(asked);
      for (const row of atKling) fake.finish(row.providerTaskId!.split(":")[1]!);
      const done = await Promise.all(ids.map((id) => finished(id)));
      expect(done.map((generation) => generation.status)).toEqual(Array(8).fill("succeeded"));
    } finally {
      worker.engine.providersConfig.kling.concurrency = configured;
      fake.setConcurrency(2);
    }
  });
});

describe("signed callbacks", () => {
  const nudges = async (id: string) =>
    (
      await prisma.$queryRaw<
        { count: bigint }[]
      >`SELECT count(*) FROM pgboss.job WHERE singleton_key = ${`${id}:poll:now`}`
    )[0]!.count;
  const post = (callback: { url: string; headers: Record<string, string>; body: string }) =>
    klingCallback(new Request(callback.url, { method: "POST", headers: callback.headers, body: callback.body }));

  it(
    "ignores a wrong signature, an old timestamp and a replay; a good one finishes the task after a query",
    { timeout: 60_000 },
    async () => {
      const generation = await createGeneration(worker.engine, {
        creatorId: creator.id,
        request: text("hold for a callback"),
      });
      const running = await waitFor(
        async () => {
          const row = await prisma.generation.findUniqueOrThrow({ where: { id: generation.id } });
          return row.providerTaskId && ["queued", "running"].includes(row.status) ? row : null;
        },
        { what: "the task to be at Kling" },
      );
      const taskId = running.providerTaskId!.split(":")[1]!;
      fake.finish(taskId);

      const forged = fake.callbackFor(taskId, { signature: `v1,${Buffer.from("forged").toString("base64")}` });
      expect((await post(forged)).status).toBe(401);
      const stale = fake.callbackFor(taskId, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
      expect((await post(stale)).status).toBe(401);
      expect(await nudges(generation.id)).toBe(0n);
      expect((await prisma.generation.findUniqueOrThrow({ where: { id: generation.id } })).status).not.toBe(
        "succeeded",
      );

      // Several signatures while keys rotate: any one that matches will do.
      const good = fake.callbackFor(taskId);
      const rotating = {
        ...good,
        headers: { ...good.headers, "webhook-signature": `v1,b2xk ${good.headers["webhook-signature"]}` },
      };
      const queriesBefore = fake.requests.filter((request) => request.method === "GET").length;
      expect((await post(rotating)).status).toBe(204);
      const done = await finished(generation.id);
      expect(done.status).toBe("succeeded");
      // Confirmed by a query, not taken from the callback's word.
      expect(fake.requests.filter((request) => request.method === "GET").length).toBeGreaterThan(queriesBefore);

      const replay = await post(good);
      expect(replay.status).toBe(200);
      expect(await replay.json()).toEqual({ outcome: "already received" });
    },
  );
});
