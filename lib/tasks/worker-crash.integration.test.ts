import { existsSync } from "node:fs";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, expect, it } from "vitest";
import { prepareEngineEnvironment, seedHistory, signedInUser, waitFor } from "@/test/engine-harness";
import { startMediaServer } from "@/test/media-server";
import { exitOf, spawnWorker } from "@/test/worker-process";

const environment = await prepareEngineEnvironment({
  WORKER_STEP_TIMEOUT_SECONDS: "4",
  WORKER_MAINTENANCE_SECONDS: "1",
});
const { prisma } = await import("@/lib/db/client");
const { getStorage } = await import("@/lib/storage");
const { renderSimulatedVideo } = await import("@/lib/providers/simulator/render");
const { startFakeDashScope } = await import("@/lib/providers/testing/fake-dashscope");
const { startFakeKlingGateway } = await import("@/lib/providers/testing/fake-kling-gateway");
const { createProviderRegistry, loadProvidersConfig } = await import("@/lib/providers/server");
const { createTaskEngine } = await import("./engine");
const { openQueue, queueSettingsFromEnv } = await import("./queue");
const { createGeneration } = await import("./create-generation");

const TASKS = 20;
const video = path.join(environment.dataDir, "provider-video.mp4");
await renderSimulatedVideo(
  { aspectRatio: "16:9", durationSeconds: 3, quality: "std", audio: false, prompt: "from the provider" },
  video,
);
const cdn = await startMediaServer(video);
const fake = await startFakeDashScope({
  apiKey: "crash-test-key",
  progression: { by: "time", queuedMs: 1_000, runningMs: 4_000 },
  videoUrl: (taskId, variant) => `${cdn.url}/${taskId}-${variant}.mp4`,
});
// A gateway that finds tasks by external_task_id: a create cut off mid-flight can be recovered.
const gateway = await startFakeKlingGateway({
  apiKey: "crash-test-key",
  progression: { queued: 1, running: 2 },
  mediaBaseUrl: cdn.url,
});
const providerEnv = {
  DASHSCOPE_API_KEY: "crash-test-key",
  DASHSCOPE_BASE_URL: fake.url,
  DASHSCOPE_QUERY_RPS: "50",
  KLING_GATEWAY_API_KEY: "crash-test-key",
  KLING_GATEWAY_BASE_URL: gateway.url,
  KLING_GATEWAY_QUERY_RPS: "50",
};
Object.assign(process.env, providerEnv);

const workerEnv = () => ({
  ...providerEnv,
  DATABASE_URL: process.env.DATABASE_URL!,
  AUTH_SECRET: process.env.AUTH_SECRET!,
  DATA_DIR: environment.dataDir,
});
let worker: ChildProcess | undefined;

/** Earlier generations of this kind teach the engine how long they take (seconds here, not minutes). */
let boss: Awaited<ReturnType<typeof openQueue>>;

beforeAll(async () => {
  boss = await openQueue(process.env.DATABASE_URL!, queueSettingsFromEnv(), { supervise: false });
});

afterAll(async () => {
  worker?.kill("SIGKILL");
  await boss?.stop({ graceful: false });
  await fake.close();
  await gateway.close();
  await cdn.close();
  await environment.cleanUp();
});

it(
  "brings every in-flight task to its end and stores its video after the worker is killed",
  { timeout: 120_000 },
  async () => {
    const creator = await signedInUser(`crash-${Date.now()}@engine.test`);
    const config = loadProvidersConfig(process.env);
    const engine = createTaskEngine({
      prisma,
      boss,
      storage: getStorage(),
      providersConfig: config,
      registry: createProviderRegistry(config),
    });
    const request = (index: number) =>
      ({
        provider: "dashscope",
        model: "kling/kling-v3-video-generation",
        mode: "text",
        prompt: `crash test ${index}`,
        aspectRatio: "16:9",
        duration: 5,
        quality: "std",
      }) as const;

    await seedHistory(prisma, creator.id, { provider: "dashscope", model: "kling/kling-v3-video-generation" }, 5_000);

    worker = spawnWorker(workerEnv());
    const generations = await Promise.all(
      Array.from({ length: TASKS }, (_, index) =>
        createGeneration(engine, { creatorId: creator.id, request: request(index) }),
      ),
    );
    const ids = generations.map((generation) => generation.id);

    // Every task is at the provider and being followed: now the worker dies without warning.
    await waitFor(
      async () =>
        (await prisma.generation.count({ where: { id: { in: ids }, providerTaskId: { not: null } } })) === TASKS,
      { what: "all tasks submitted" },
    );
    worker.kill("SIGKILL");
    await exitOf(worker);
    const unfinished = await prisma.generation.count({
      where: { id: { in: ids }, status: { in: ["queued", "running", "storing"] } },
    });
    expect(unfinished).toBeGreaterThan(0);

    worker = spawnWorker(workerEnv());
    await waitFor(
      async () => (await prisma.generation.count({ where: { id: { in: ids }, finishedAt: { not: null } } })) === TASKS,
      { timeoutMs: 90_000, what: "every task to finish" },
    );

    const finished = await prisma.generation.findMany({ where: { id: { in: ids } }, include: { assets: true } });
    expect(finished.map((generation) => generation.status)).toEqual(Array(TASKS).fill("succeeded"));
    for (const generation of finished) {
      const stored = generation.assets.find((asset) => asset.kind === "video");
      expect(stored, `generation ${generation.id} has its video`).toBeDefined();
      expect(existsSync(path.join(environment.dataDir, "media", stored!.storageKey))).toBe(true);
    }
    // Exactly one create per generation reached the provider.
    const prompts = fake
      .createRequests()
      .map((received) => (received.body as { input: { prompt: string } }).input.prompt);
    expect(prompts.sort()).toEqual(Array.from({ length: TASKS }, (_, index) => `crash test ${index}`).sort());
  },
);

it("never creates a task twice when the worker dies while sending creates", { timeout: 120_000 }, async () => {
  const creator = await signedInUser(`crash-submit-${Date.now()}@engine.test`);
  const config = loadProvidersConfig(process.env);
  const engine = createTaskEngine({
    prisma,
    boss,
    storage: getStorage(),
    providersConfig: config,
    registry: createProviderRegistry(config),
  });
  await seedHistory(prisma, creator.id, { provider: "kling-gateway", model: "Kling-V2.6" }, 1_000);
  worker = spawnWorker(workerEnv());
  const generations = await Promise.all(
    Array.from({ length: TASKS }, (_, index) =>
      createGeneration(engine, {
        creatorId: creator.id,
        request: {
          provider: "kling-gateway",
          model: "Kling-V2.6",
          mode: "text",
          prompt: `gateway crash ${index}`,
          aspectRatio: "16:9",
          duration: 5,
          quality: "std",
        },
      }),
    ),
  );
  const ids = generations.map((generation) => generation.id);
  // Killed as soon as the first creates are out: others are in flight or not yet sent.
  await waitFor(async () => gateway.createRequests().length > 0, { intervalMs: 10, what: "the first create" });
  worker.kill("SIGKILL");
  await exitOf(worker);

  worker = spawnWorker(workerEnv());
  await waitFor(
    async () => (await prisma.generation.count({ where: { id: { in: ids }, finishedAt: { not: null } } })) === TASKS,
    { timeoutMs: 90_000, what: "every task to finish" },
  );
  const finished = await prisma.generation.findMany({ where: { id: { in: ids } } });
  expect(finished.map((generation) => generation.status)).toEqual(Array(TASKS).fill("succeeded"));
  // One provider task per generation, found again by its external_task_id where the answer was lost.
  const created = [...gateway.tasks.values()].map((task) => task.body.external_task_id);
  expect(created.sort()).toEqual([...ids].sort());
});
