import { afterAll, beforeAll, expect, it } from "vitest";
import { prepareEngineEnvironment, seedHistory, signedInUser, startVideoCdn, waitFor } from "@/test/engine-harness";

// DashScope's batch query ("manage asynchronous tasks": the account's tasks by status) through the task engine:
// while tasks run, one list answers for all of them; finished ones are then asked about alone for their result.

const environment = await prepareEngineEnvironment({ WORKER_CONCURRENCY: "4", DASHSCOPE_API_KEY: "batch-key" });
const { prisma } = await import("@/lib/db/client");
const { getStorage } = await import("@/lib/storage");
const { startFakeDashScope } = await import("@/lib/providers/testing/fake-dashscope");
const { startWorker } = await import("./worker");
const { createGeneration } = await import("./create-generation");

const cdn = await startVideoCdn(environment.dataDir);
const fake = await startFakeDashScope({
  apiKey: "batch-key",
  progression: { by: "time", queuedMs: 500, runningMs: 7_000 },
  videoUrl: (taskId, variant) => `${cdn.url}/${taskId}-${variant}.mp4`,
});
process.env.DASHSCOPE_BASE_URL = fake.url;

let worker: Awaited<ReturnType<typeof startWorker>>;
beforeAll(async () => {
  const someone = await signedInUser(`batch-${Date.now()}@engine.test`);
  // History: such generations take a few seconds, so the engine asks every couple of seconds.
  await seedHistory(prisma, someone.id, { provider: "dashscope", model: "kling/kling-v3-video-generation" }, 1_500);
  worker = await startWorker({ databaseUrl: process.env.DATABASE_URL! }, async () => ({
    prisma,
    storage: getStorage(),
  }));
});
afterAll(async () => {
  await worker?.stop();
  await fake.close();
  await cdn.close();
  await environment.cleanUp();
});

it(
  "asks about running tasks through the account's task list, and about finished ones alone",
  { timeout: 90_000 },
  async () => {
    const creator = await signedInUser(`batch-creator-${Date.now()}@engine.test`);
    const generations = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        createGeneration(worker.engine, {
          creatorId: creator.id,
          request: {
            provider: "dashscope",
            model: "kling/kling-v3-video-generation",
            mode: "text",
            prompt: `batch ${index}`,
            aspectRatio: "16:9",
            duration: 5,
            quality: "std",
          },
        }),
      ),
    );
    const ids = generations.map((generation) => generation.id);
    await waitFor(
      async () => (await prisma.generation.count({ where: { id: { in: ids }, providerTaskId: { not: null } } })) === 8,
      { what: "the eight to be at DashScope" },
    );
    fake.requests.length = 0;
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const lists = fake.requests.filter((request) => request.path === "/api/v1/tasks/");
    const singles = fake.requests.filter((request) => /^\/api\/v1\/tasks\/task-/.test(request.path));
    expect(lists.length).toBeGreaterThan(0);
    expect(lists.every((request) => ["PENDING", "RUNNING"].includes(request.query.status!))).toBe(true);
    // While they run, the lists answer: far fewer single queries than eight tasks asked every couple of seconds.
    expect(singles.length).toBeLessThan(8);

    const done = await Promise.all(
      ids.map((id) =>
        waitFor(
          async () => {
            const row = await prisma.generation.findUniqueOrThrow({ where: { id } });
            return row.finishedAt ? row : null;
          },
          { timeoutMs: 60_000, what: `generation ${id} to finish` },
        ),
      ),
    );
    expect(done.map((generation) => generation.status)).toEqual(Array(8).fill("succeeded"));
  },
);
