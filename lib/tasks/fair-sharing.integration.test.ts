import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareEngineEnvironment, seedHistory, signedInUser, startVideoCdn, waitFor } from "@/test/engine-harness";

// One creator's batch does not starve the team: submissions are taken round-robin by creator, by the workers
// (job priority) and in the line for a provider account's concurrency slots.

const environment = await prepareEngineEnvironment({ WORKER_CONCURRENCY: "3", DASHSCOPE_API_KEY: "fair-key" });
const { prisma } = await import("@/lib/db/client");
const { getStorage } = await import("@/lib/storage");
const { startFakeDashScope } = await import("@/lib/providers/testing/fake-dashscope");
const { startWorker } = await import("./worker");
const { createGeneration } = await import("./create-generation");

const cdn = await startVideoCdn(environment.dataDir);

const fake = await startFakeDashScope({
  apiKey: "fair-key",
  progression: { by: "time", queuedMs: 200, runningMs: 400 },
  videoUrl: (taskId, variant) => `${cdn.url}/${taskId}-${variant}.mp4`,
});
process.env.DASHSCOPE_BASE_URL = fake.url;
// Every create takes a while, as a real provider's does.
fake.injectFault({ type: "slow", delayMs: 150 }, { times: 10_000, match: (request) => request.method === "POST" });

let worker: Awaited<ReturnType<typeof startWorker>>;
beforeAll(async () => {
  // History: generations like these take under a second, so the engine asks soon and slots free quickly.
  const someone = await signedInUser(`history-${Date.now()}@engine.test`);
  await seedHistory(prisma, someone.id, { provider: "dashscope", model: "kling/kling-v3-video-generation" }, 700);
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

const text = (prompt: string) =>
  ({
    provider: "dashscope",
    model: "kling/kling-v3-video-generation",
    mode: "text",
    prompt,
    aspectRatio: "16:9",
    duration: 5,
    quality: "std",
  }) as const;
const createOrder = () =>
  fake.requests
    .filter((request) => request.method === "POST")
    .map((request) => (request.body as { input: { prompt: string } }).input.prompt);

/** Creator A submits fifty at once, then creator B one: how many of A's were sent after B's arrived and before it. */
async function batchThenOne(tag: string) {
  const a = await signedInUser(`a-${tag}-${Date.now()}@engine.test`);
  const b = await signedInUser(`b-${tag}-${Date.now()}@engine.test`);
  for (let start = 0; start < 50; start += 10)
    await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        createGeneration(worker.engine, { creatorId: a.id, request: text(`${tag} A ${start + index}`) }),
      ),
    );
  const sentBefore = createOrder().filter((prompt) => prompt.startsWith(tag)).length;
  const single = await createGeneration(worker.engine, { creatorId: b.id, request: text(`${tag} B`) });
  await waitFor(async () => createOrder().includes(`${tag} B`), {
    timeoutMs: 60_000,
    what: "B's generation to be sent",
  });
  const sent = createOrder().filter((prompt) => prompt.startsWith(tag));
  return { single, overtakenBy: sent.indexOf(`${tag} B`) - sentBefore, sentBefore };
}

describe("fair sharing", () => {
  it(
    "sends creator B's one generation within the first few, not after creator A's fifty",
    { timeout: 90_000 },
    async () => {
      const { overtakenBy, sentBefore } = await batchThenOne("workers");
      expect(sentBefore).toBeLessThan(45);
      // Three workers may already hold three of A's when B's arrives.
      expect(overtakenBy).toBeLessThanOrEqual(4);
    },
  );

  it("puts B near the front of the line for a provider's concurrency slots too", { timeout: 90_000 }, async () => {
    worker.engine.providersConfig.dashscope.concurrency = 2;
    try {
      const { overtakenBy } = await batchThenOne("slots");
      // Two slots: at most the two of A's that hold them, and one sent as B's arrived.
      expect(overtakenBy).toBeLessThanOrEqual(3);
    } finally {
      worker.engine.providersConfig.dashscope.concurrency = undefined;
    }
  });
});
