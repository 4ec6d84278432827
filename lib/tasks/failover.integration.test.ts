import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prepareEngineEnvironment, seedHistory, signedInUser, startVideoCdn, waitFor } from "@/test/engine-harness";

// Failover between providers of the same model (Kling v3: DashScope → xcompute), and DashScope's circuit, against
// the fakes of both: a generation moves on only when DashScope refused in a way that proves no task exists.

const environment = await prepareEngineEnvironment({
  WORKER_CONCURRENCY: "4",
  WORKER_STEP_TIMEOUT_SECONDS: "3",
  DASHSCOPE_API_KEY: "ds-key",
  DASHSCOPE_TIMEOUT_MS: "700",
  XCOMPUTE_API_KEY: "xc-key",
  PROVIDER_CIRCUIT_FAILURES: "5",
  PROVIDER_CIRCUIT_OPEN_SECONDS: "2",
});
const { prisma } = await import("@/lib/db/client");
const { getStorage } = await import("@/lib/storage");
const { startFakeDashScope } = await import("@/lib/providers/testing/fake-dashscope");
const { startFakeXCompute } = await import("@/lib/providers/testing/fake-xcompute");
const { startWorker } = await import("./worker");
const { createGeneration } = await import("./create-generation");

const cdn = await startVideoCdn(environment.dataDir);
const dashscope = await startFakeDashScope({
  apiKey: "ds-key",
  progression: { by: "time", queuedMs: 200, runningMs: 500 },
  videoUrl: (taskId, variant) => `${cdn.url}/${taskId}-${variant}.mp4`,
});
const xcompute = await startFakeXCompute({ apiKey: "xc-key", videoUrl: (taskId) => `${cdn.url}/${taskId}.mp4` });
Object.assign(process.env, { DASHSCOPE_BASE_URL: dashscope.url, XCOMPUTE_BASE_URL: xcompute.url });

const ARREARS = {
  code: "Arrearage",
  message: "Access denied, please make sure your account is in good standing.",
  request_id: "r",
};
// 503: refused before anything was created (a 500 after the body was sent leaves the outcome unknown).
const UNAVAILABLE = { code: "ServiceUnavailable", message: "Service temporarily unavailable.", request_id: "r" };

let worker: Awaited<ReturnType<typeof startWorker>>;
let creator: { id: string };
beforeAll(async () => {
  creator = await signedInUser(`failover-${Date.now()}@engine.test`);
  worker = await startWorker({ databaseUrl: process.env.DATABASE_URL! }, async () => ({
    prisma,
    storage: getStorage(),
  }));
  await prisma.failoverPolicy.create({ data: { family: "kling-v3", providers: ["dashscope", "xcompute"] } });
  // History: such generations take about a second on either provider, so the engine asks soon.
  await seedHistory(prisma, creator.id, { provider: "dashscope", model: "kling/kling-v3-video-generation" }, 800);
  await seedHistory(prisma, creator.id, { provider: "xcompute", model: "kling-v3" }, 800);
});
afterAll(async () => {
  await worker?.stop();
  await dashscope.close();
  await xcompute.close();
  await cdn.close();
  await environment.cleanUp();
});
beforeEach(async () => {
  dashscope.clearFaults();
  await prisma.providerHealth.deleteMany();
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
const createsOf = (fake: { requests: { method: string; body: unknown }[] }, prompt: string) =>
  fake.requests.filter((request) => request.method === "POST" && JSON.stringify(request.body).includes(`"${prompt}"`));
const onPrompt = (prompt: string) => (request: { method: string; body: unknown }) =>
  request.method === "POST" && JSON.stringify(request.body).includes(`"${prompt}"`);

async function finished(id: string) {
  return waitFor(
    async () => {
      const row = await prisma.generation.findUniqueOrThrow({ where: { id }, include: { events: true } });
      return row.finishedAt ? row : null;
    },
    { timeoutMs: 40_000, what: `generation ${id} to finish` },
  );
}

describe("failover", { timeout: 60_000 }, () => {
  it("moves a generation DashScope refused for its balance to xcompute, which makes it; the events say why", async () => {
    dashscope.injectFault({ type: "status", status: 400, json: ARREARS }, { times: 5, match: onPrompt("no balance") });
    const generation = await createGeneration(worker.engine, { creatorId: creator.id, request: text("no balance") });
    const done = await finished(generation.id);
    expect(done.status).toBe("succeeded");
    expect(done.provider).toBe("xcompute");
    expect(done.model).toBe("kling-v3");
    expect(createsOf(dashscope, "no balance")).toHaveLength(1);
    expect(createsOf(xcompute, "no balance")).toHaveLength(1);
    const move = done.events.find((event) => event.message?.startsWith("Moved from"));
    expect(move?.message).toMatch(/Moved from Alibaba Cloud Model Studio \(DashScope\) to xcompute: .*balance/);
  });

  it("with only this provider, fails with the balance message instead", async () => {
    dashscope.injectFault({ type: "status", status: 400, json: ARREARS }, { times: 5, match: onPrompt("pinned") });
    const generation = await createGeneration(worker.engine, {
      creatorId: creator.id,
      request: text("pinned"),
      onlyThisProvider: true,
    });
    const done = await finished(generation.id);
    expect(done.status).toBe("failed");
    expect(done.provider).toBe("dashscope");
    expect((done.error as { message: string }).message).toMatch(/balance/);
    expect(createsOf(xcompute, "pinned")).toHaveLength(0);
  });

  it("never moves a generation whose create timed out (its outcome unknown)", async () => {
    dashscope.injectFault({ type: "slow", delayMs: 1_200 }, { match: onPrompt("timed out") });
    const generation = await createGeneration(worker.engine, { creatorId: creator.id, request: text("timed out") });
    const done = await finished(generation.id);
    expect(done.provider).toBe("dashscope");
    expect(createsOf(xcompute, "timed out")).toHaveLength(0);
    // DashScope cannot be asked by the studio's id: the generation ends saying so rather than risk a second bill.
    expect(done.status === "succeeded" || (done.error as { kind?: string }).kind === "outcome_unknown").toBe(true);
  });
});

describe("DashScope's circuit", () => {
  it(
    "opens after five failed creates in a row, sends new generations to xcompute, and closes once DashScope recovers",
    { timeout: 90_000 },
    async () => {
      dashscope.injectFault(
        { type: "status", status: 503, json: UNAVAILABLE },
        { times: 5, match: (request) => request.method === "POST" },
      );
      const failing = await Promise.all(
        [0, 1, 2, 3, 4].map((index) =>
          createGeneration(worker.engine, { creatorId: creator.id, request: text(`outage ${index}`) }),
        ),
      );
      await waitFor(
        async () => (await prisma.providerHealth.findUnique({ where: { provider: "dashscope" } }))?.state === "open",
        {
          what: "the circuit to open",
        },
      );
      const during = await createGeneration(worker.engine, {
        creatorId: creator.id,
        request: text("during the outage"),
      });
      const moved = await finished(during.id);
      expect(moved).toMatchObject({ status: "succeeded", provider: "xcompute" });
      expect(createsOf(dashscope, "during the outage")).toHaveLength(0);
      expect(moved.events.some((event) => /not taking generations right now/.test(event.message ?? ""))).toBe(true);
      for (const generation of failing) expect((await finished(generation.id)).status).toBe("succeeded");

      // DashScope has recovered (the faults are spent): after the open time, one probe closes the circuit.
      await new Promise((resolve) => setTimeout(resolve, 2_200));
      const probe = await createGeneration(worker.engine, { creatorId: creator.id, request: text("after the outage") });
      expect(await finished(probe.id)).toMatchObject({ status: "succeeded", provider: "dashscope" });
      expect((await prisma.providerHealth.findUniqueOrThrow({ where: { provider: "dashscope" } })).state).toBe(
        "closed",
      );
    },
  );
});
