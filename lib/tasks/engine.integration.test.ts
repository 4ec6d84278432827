import { readdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareEngineEnvironment, signedInUser, waitFor } from "@/test/engine-harness";

const environment = await prepareEngineEnvironment();
const { prisma } = await import("@/lib/db/client");
const { getStorage } = await import("@/lib/storage");
const { startWorker } = await import("./worker");
const { createGeneration, GenerationRejectedError } = await import("./create-generation");
const { cancelGeneration } = await import("./cancel-generation");
const { probeMedia } = await import("@/lib/media/probe");
const { GET: getAsset } = await import("@/app/api/assets/[id]/route");
const { GET: getGenerationRoute } = await import("@/app/api/generations/[id]/route");

type Worker = Awaited<ReturnType<typeof startWorker>>;
let worker: Worker;
let creator: { id: string; cookie: string };

const textRequest = (prompt: string) =>
  ({
    provider: "simulator",
    model: "kling-simulator",
    mode: "text",
    prompt,
    aspectRatio: "9:16",
    duration: 3,
  }) as const;

async function finished(id: string) {
  return waitFor(
    async () => {
      const generation = await prisma.generation.findUniqueOrThrow({ where: { id } });
      return ["succeeded", "failed", "canceled", "expired"].includes(generation.status) ? generation : null;
    },
    { what: `generation ${id} to finish` },
  );
}

beforeAll(async () => {
  creator = await signedInUser(`creator-${Date.now()}@engine.test`);
  worker = await startWorker({ databaseUrl: process.env.DATABASE_URL! }, async () => ({
    prisma,
    storage: getStorage(),
  }));
});

afterAll(async () => {
  await worker?.stop();
  await environment.cleanUp();
});

describe("task engine with the simulator", () => {
  it("takes a generation from submission to a stored, playable video, recording each status", async () => {
    const generation = await createGeneration(worker.engine, {
      creatorId: creator.id,
      request: textRequest("a lighthouse at dusk"),
    });
    expect(generation.status).toBe("submitting");
    const done = await finished(generation.id);
    expect(done.status).toBe("succeeded");
    expect(done.providerTaskId).toBeTruthy();

    const events = await prisma.generationEvent.findMany({
      where: { generationId: generation.id },
      orderBy: { at: "asc" },
    });
    const statuses = events.map((event) => event.status);
    // The first query may land after the provider started running, or after it finished.
    expect(statuses[0]).toBe("submitting");
    expect(statuses.slice(1, 2)).toEqual([expect.stringMatching(/^(queued|running)$/)]);
    expect(statuses.slice(-2)).toEqual(["storing", "succeeded"]);

    const assets = await prisma.asset.findMany({ where: { generationId: generation.id } });
    expect(assets.map((asset) => asset.kind).sort()).toEqual(expect.arrayContaining(["poster", "video"]));
    const video = assets.find((asset) => asset.kind === "video")!;
    expect(video.width! / video.height!).toBeCloseTo(9 / 16, 1);
    const file = path.join(environment.dataDir, "media", video.storageKey);
    expect((await probeMedia(file)).durationSeconds).toBeCloseTo(3, 0);
  });

  it("serves the stored video with Range requests to a signed-in member, and the generation view", async () => {
    const generation = await createGeneration(worker.engine, {
      creatorId: creator.id,
      request: textRequest("range request"),
    });
    await finished(generation.id);
    const video = await prisma.asset.findFirstOrThrow({ where: { generationId: generation.id, kind: "video" } });
    const bytes = await getStorage().read(video.storageKey);
    const whole = Buffer.concat(await bytes!.body.toArray());

    const ranged = await getAsset(
      new Request(`http://localhost/api/assets/${video.id}`, {
        headers: { cookie: creator.cookie, range: "bytes=100-1099" },
      }),
      { params: Promise.resolve({ id: video.id }) },
    );
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get("content-range")).toBe(`bytes 100-1099/${whole.length}`);
    expect(Buffer.from(await ranged.arrayBuffer())).toEqual(whole.subarray(100, 1100));

    const view = await getGenerationRoute(
      new Request(`http://localhost/api/generations/${generation.id}`, { headers: { cookie: creator.cookie } }),
      { params: Promise.resolve({ id: generation.id }) },
    );
    const body = await view.json();
    expect(body).toMatchObject({
      status: "succeeded",
      final: true,
      eta: null,
      media: { video: { url: `/api/assets/${video.id}` } },
    });
    expect(body.events.map((event: { status: string }) => event.status)).toContain("succeeded");
  });

  it("extends a video the studio generated, sending it as the feature video", async () => {
    const first = await createGeneration(worker.engine, {
      creatorId: creator.id,
      request: textRequest("the first shot"),
    });
    await finished(first.id);
    const video = await prisma.asset.findFirstOrThrow({ where: { generationId: first.id, kind: "video" } });
    const next = await createGeneration(worker.engine, {
      creatorId: creator.id,
      request: {
        provider: "simulator",
        model: "kling-simulator",
        mode: "extend",
        extendDirection: "next",
        prompt: "the next shot",
        duration: 3,
        media: [{ role: "feature", url: `asset:${video.id}` }],
      },
    });
    expect((await finished(next.id)).status).toBe("succeeded");
  });

  it("creates one generation and one provider task for a repeated idempotency key", async () => {
    const key = `double-click-${Date.now()}`;
    const [first, second] = await Promise.all([
      createGeneration(worker.engine, {
        creatorId: creator.id,
        request: textRequest("double click"),
        idempotencyKey: key,
      }),
      createGeneration(worker.engine, {
        creatorId: creator.id,
        request: textRequest("double click"),
        idempotencyKey: key,
      }),
    ]);
    expect(second.id).toBe(first.id);
    const done = await finished(first.id);
    expect(await prisma.generation.count({ where: { idempotencyKey: key } })).toBe(1);
    const tasks = await readdir(path.join(environment.dataDir, "simulator", "tasks"));
    expect(tasks.filter((task) => task === done.providerTaskId)).toHaveLength(1);
    expect(done.submitAttempts).toBe(1);
  });

  it("refuses an invalid request with every violation before anything is stored or sent", async () => {
    const before = await prisma.generation.count();
    const attempt = createGeneration(worker.engine, {
      creatorId: creator.id,
      request: { provider: "simulator", model: "kling-simulator", mode: "first_frame", duration: 0 } as never,
    });
    await expect(attempt).rejects.toBeInstanceOf(GenerationRejectedError);
    const error = (await attempt.catch((caught) => caught)) as InstanceType<typeof GenerationRejectedError>;
    expect(error.violations.map((violation) => violation.path)).toEqual(expect.arrayContaining(["duration", "media"]));
    expect(await prisma.generation.count()).toBe(before);
  });

  it("ends a rejected generation failed, in plain words with the provider's code", async () => {
    const generation = await createGeneration(worker.engine, {
      creatorId: creator.id,
      request: textRequest("[simulate:content_rejected] something"),
    });
    const done = await finished(generation.id);
    expect(done.status).toBe("failed");
    expect(done.error).toMatchObject({ kind: "content_rejected", providerCode: "DataInspectionFailed" });
  });

  it("retries a rate-limited create later instead of failing it", async () => {
    const generation = await createGeneration(worker.engine, {
      creatorId: creator.id,
      request: textRequest("[simulate:rate_limited] busy"),
    });
    await waitFor(
      async () => (await prisma.generation.findUniqueOrThrow({ where: { id: generation.id } })).stepFailures > 0,
      { what: "a retried create" },
    );
    const current = await prisma.generation.findUniqueOrThrow({ where: { id: generation.id } });
    expect(current.status).toBe("submitting");
    expect(current.submitInFlightSince).toBeNull();
    await cancelGeneration(worker.engine, generation.id);
  });

  it("recovers a create whose outcome is unknown by looking the task up, not by sending again", async () => {
    const generation = await createGeneration(worker.engine, {
      creatorId: creator.id,
      request: textRequest("[simulate:timeout] slow answer"),
    });
    const done = await finished(generation.id);
    expect(done.status).toBe("succeeded");
    expect(done.submitAttempts).toBe(1);
  });

  it("cancels a generation that has not finished", async () => {
    process.env.SIMULATOR_RUNNING_MS = "350";
    const generation = await createGeneration(worker.engine, {
      creatorId: creator.id,
      request: textRequest("cancel me"),
    });
    const outcome = await cancelGeneration(worker.engine, generation.id);
    expect(outcome.canceled).toBe(true);
    const done = await finished(generation.id);
    expect(done.status).toBe("canceled");
    // Nothing is stored for a canceled generation, even if the provider finishes it.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await prisma.asset.count({ where: { generationId: generation.id } })).toBe(0);
  });
});
