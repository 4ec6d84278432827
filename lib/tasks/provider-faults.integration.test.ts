import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { prepareEngineEnvironment, seedHistory, signedInUser, waitFor } from "@/test/engine-harness";
import { startMediaServer } from "@/test/media-server";

const environment = await prepareEngineEnvironment({
  WORKER_STEP_TIMEOUT_SECONDS: "10",
  WORKER_MAINTENANCE_SECONDS: "1",
  WORKER_CONCURRENCY: "10",
});
const { prisma } = await import("@/lib/db/client");
const { getStorage } = await import("@/lib/storage");
const { renderSimulatedVideo } = await import("@/lib/providers/simulator/render");
const { startFakeDashScope } = await import("@/lib/providers/testing/fake-dashscope");
const { startWorker } = await import("./worker");
const { createGeneration } = await import("./create-generation");

const BATCH = 50;
const REFUSAL = { code: "InvalidParameter.Content", message: "The prompt asks for something the model will not draw." };
const video = path.join(environment.dataDir, "provider-video.mp4");
await renderSimulatedVideo({ aspectRatio: "16:9", durationSeconds: 3, quality: "std", audio: false }, video);
const cdn = await startMediaServer(video);
const fake = await startFakeDashScope({
  apiKey: "faults-key",
  progression: { by: "time", queuedMs: 500, runningMs: 2_000 },
  // Every tenth prompt fails at the provider for good.
  outcome: (body) =>
    (body as { input: { prompt: string } }).input.prompt.endsWith("0")
      ? { status: "FAILED", ...REFUSAL }
      : { status: "SUCCEEDED" },
  videoUrl: (taskId, variant) => `${cdn.url}/${taskId}-${variant}.mp4`,
  // One request in five meets trouble: throttling, a server error, no answer in time, or garbage.
  randomFaults: {
    probability: 0.2,
    seed: 20261121,
    faults: [
      {
        type: "status",
        status: 429,
        retryAfter: 1,
        json: { code: "Throttling.RateQuota", message: "Requests rate limit exceeded.", request_id: "fault" },
      },
      {
        type: "status",
        status: 500,
        json: { code: "InternalError", message: "An internal error has occured.", request_id: "fault" },
      },
      { type: "slow", delayMs: 1_500 },
      { type: "malformed" },
    ],
  },
});
Object.assign(process.env, {
  DASHSCOPE_API_KEY: "faults-key",
  DASHSCOPE_BASE_URL: fake.url,
  DASHSCOPE_TIMEOUT_MS: "1000",
  DASHSCOPE_QUERY_RPS: "100",
});

let worker: Awaited<ReturnType<typeof startWorker>>;

beforeAll(async () => {
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
  "loses no task and never creates one twice when a fifth of provider requests fail",
  { timeout: 180_000 },
  async () => {
    const creator = await signedInUser(`faults-${Date.now()}@engine.test`);
    // History: generations of this kind take about three seconds.
    await seedHistory(prisma, creator.id, { provider: "dashscope", model: "kling/kling-v3-video-generation" }, 2_500);
    const generations = await Promise.all(
      Array.from({ length: BATCH }, (_, index) =>
        createGeneration(worker.engine, {
          creatorId: creator.id,
          request: {
            provider: "dashscope",
            model: "kling/kling-v3-video-generation",
            mode: "text",
            prompt: `fault batch ${index}`,
            aspectRatio: "16:9",
            duration: 5,
            quality: "std",
          },
        }),
      ),
    );
    const ids = generations.map((generation) => generation.id);
    await waitFor(
      async () => (await prisma.generation.count({ where: { id: { in: ids }, finishedAt: { not: null } } })) === BATCH,
      { timeoutMs: 150_000, what: "the whole batch to finish" },
    );

    const finished = await prisma.generation.findMany({ where: { id: { in: ids } }, include: { assets: true } });
    const createdAtProvider = [...fake.tasks.values()].map((task) => task.body.input.prompt);
    // No duplicate create: each prompt became at most one provider task.
    expect(new Set(createdAtProvider).size).toBe(createdAtProvider.length);

    for (const generation of finished) {
      const prompt = (generation.request as { prompt: string }).prompt;
      const atProvider = createdAtProvider.includes(prompt);
      if (generation.status === "succeeded") {
        const stored = generation.assets.find((asset) => asset.kind === "video");
        expect(stored && existsSync(path.join(environment.dataDir, "media", stored.storageKey))).toBe(true);
      } else {
        expect(generation.status).toBe("failed");
        expect((generation.error as { message: string }).message.length).toBeGreaterThan(10);
      }
      if (atProvider && prompt.endsWith("0")) {
        // A permanent failure is shown with the provider's own code and message.
        expect(generation.status).toBe("failed");
        expect(generation.error).toMatchObject({ providerCode: REFUSAL.code, providerMessage: REFUSAL.message });
      }
      if (atProvider && !prompt.endsWith("0")) expect(generation.status).toBe("succeeded");
    }
    // The faults really happened, and most work still got through.
    expect(fake.requests.length).toBeGreaterThan(BATCH * 2);
    expect(finished.filter((generation) => generation.status === "succeeded").length).toBeGreaterThan(BATCH / 2);
  },
);
