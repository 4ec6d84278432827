import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareEngineEnvironment, signedInUser, waitFor } from "@/test/engine-harness";

// Media reach each provider in a form its own rules accept: uploaded videos by signed URL (the
// /v1/videos gateway takes only images inline), uploads inside inline elements resolved like any
// other, and a model's documented defaults filled in and stored.
const environment = await prepareEngineEnvironment({
  KLING_GATEWAY_API_KEY: "delivery-key",
  XCOMPUTE_API_KEY: "delivery-key",
  DASHSCOPE_API_KEY: "delivery-key",
  KLING_GATEWAY_QUERY_RPS: "50",
  XCOMPUTE_QUERY_RPS: "50",
  PUBLIC_URL: "http://studio.example",
});
const { prisma } = await import("@/lib/db/client");
const { getStorage } = await import("@/lib/storage");
const { renderSimulatedVideo } = await import("@/lib/providers/simulator/render");
const { startFakeKlingGateway } = await import("@/lib/providers/testing/fake-kling-gateway");
const { startFakeXCompute } = await import("@/lib/providers/testing/fake-xcompute");
const { startFakeDashScope } = await import("@/lib/providers/testing/fake-dashscope");
const { startWorker } = await import("@/lib/tasks/worker");
const { createTaskEngine } = await import("@/lib/tasks/engine");
const { createGeneration, GenerationRejectedError } = await import("@/lib/tasks/create-generation");
const { POST: upload } = await import("@/app/api/uploads/route");
const { GET: publicMedia } = await import("@/app/api/media/public/[...key]/route");

// The studio's public address, as PUBLIC_URL would give it; providers fetch signed media there.
const PUBLIC = "http://studio.example";
const gateway = await startFakeKlingGateway({ apiKey: "delivery-key" });
const xcompute = await startFakeXCompute({ apiKey: "delivery-key" });
const dashscope = await startFakeDashScope({ apiKey: "delivery-key" });
Object.assign(process.env, {
  KLING_GATEWAY_BASE_URL: gateway.url,
  XCOMPUTE_BASE_URL: xcompute.url,
  DASHSCOPE_BASE_URL: dashscope.url,
});

let worker: Awaited<ReturnType<typeof startWorker>>;
let creator: { id: string; cookie: string };
let actionVideo: Buffer;

async function uploadFile(body: Buffer, contentType: string): Promise<string> {
  const response = await upload(
    new Request("http://localhost/api/uploads", {
      method: "POST",
      headers: { cookie: creator.cookie, "content-type": contentType },
      body: new Uint8Array(body),
    }),
    { params: Promise.resolve({}) },
  );
  expect(response.status).toBe(201);
  return ((await response.json()) as { url: string }).url;
}

const picture = (seed: number) =>
  sharp({ create: { width: 720, height: 1080, channels: 3, background: { r: seed, g: 90, b: 160 } } })
    .jpeg()
    .toBuffer();

beforeAll(async () => {
  creator = await signedInUser(`delivery-${Date.now()}@hardening.test`);
  const videoPath = path.join(environment.dataDir, "action.mp4");
  await renderSimulatedVideo(
    { aspectRatio: "16:9", durationSeconds: 5, quality: "std", audio: false, prompt: "a dancer", scale: "full" },
    videoPath,
  );
  actionVideo = await readFile(videoPath);
  worker = await startWorker({ databaseUrl: process.env.DATABASE_URL! }, async () => ({
    prisma,
    storage: getStorage(),
    callbackBaseUrl: PUBLIC,
  }));
});

afterAll(async () => {
  await worker?.stop();
  await Promise.all([gateway.close(), xcompute.close(), dashscope.close()]);
  await environment.cleanUp();
});

/** What the studio serves at a signed URL given to a provider (asked at the studio's own route). */
async function servedAt(signedUrl: string): Promise<Buffer> {
  const local = new URL(signedUrl);
  expect(local.origin).toBe(PUBLIC);
  const response = await publicMedia(new Request(`http://localhost${local.pathname}${local.search}`));
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

/** Kling-V2.6 motion control with an uploaded character picture and the uploaded action video. */
async function motionControlWithUploads(seed: number) {
  return {
    provider: "kling-gateway",
    model: "Kling-V2.6",
    mode: "motion_control",
    quality: "pro",
    characterOrientation: "video",
    media: [
      { role: "character", url: await uploadFile(await picture(seed), "image/jpeg") },
      { role: "action", url: await uploadFile(actionVideo, "video/mp4") },
    ],
  };
}

describe("media delivery", () => {
  it("sends an uploaded action video to the /v1/videos gateway as a URL that serves exactly the uploaded bytes", async () => {
    const request = await motionControlWithUploads(200);
    await createGeneration(worker.engine, { creatorId: creator.id, request });
    const sent = await waitFor(
      async () => gateway.createRequests()[0]?.body as { video_url?: string; image_url?: string } | undefined,
      { what: "the create at the gateway" },
    );
    expect(sent.video_url).toMatch(/^http:\/\/studio\.example\/api\/media\/public\//);
    expect((await servedAt(sent.video_url!)).equals(actionVideo)).toBe(true);
    // Images still go inline, which the gateway accepts.
    expect(sent.image_url).not.toMatch(/^http/);
    expect(gateway.createRequests()).toHaveLength(1);
  });

  it("without PUBLIC_URL or S3, refuses that generation before storing it, naming both", async () => {
    const engine = createTaskEngine({ prisma, boss: worker.engine.boss, storage: getStorage() });
    const before = await prisma.generation.count();
    const request = await motionControlWithUploads(10);
    const error = await createGeneration(engine, { creatorId: creator.id, request }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GenerationRejectedError);
    expect((error as InstanceType<typeof GenerationRejectedError>).violations).toContainEqual(
      expect.objectContaining({
        path: "media[1].url",
        rule: "media_unreachable",
        message: expect.stringMatching(/PUBLIC_URL.*S3/),
      }),
    );
    expect(await prisma.generation.count()).toBe(before);
  });

  it("resolves uploads inside xcompute's inline elements, wherever they stand", async () => {
    const images = [
      await uploadFile(await picture(30), "image/jpeg"),
      await uploadFile(await picture(60), "image/jpeg"),
    ];
    const request = {
      provider: "xcompute",
      model: "kling-v3",
      mode: "reference",
      prompt: "@hero walks through the snow",
      duration: 5,
      elements: [{ id: "hero", name: "hero", description: "a red fox with a scarf", imageUrls: images }],
    };
    await createGeneration(worker.engine, { creatorId: creator.id, request });
    const sent = await waitFor(
      async () =>
        xcompute.createRequests()[0]?.body as { element_list?: { element_input_urls: string[] }[] } | undefined,
      { what: "the create at xcompute" },
    );
    const urls = sent.element_list?.[0]?.element_input_urls ?? [];
    expect(urls).toHaveLength(2);
    for (const url of urls) expect(url).toMatch(/^http:\/\/studio\.example\/api\/media\/public\//);
    expect(xcompute.refusals).toEqual([]);
  });

  it("applies a model's documented defaults once, for the API as for the form, and stores the request as sent", async () => {
    const generation = await createGeneration(worker.engine, {
      creatorId: creator.id,
      request: {
        provider: "dashscope",
        model: "kling/kling-v3-video-generation",
        mode: "text",
        prompt: "a lighthouse at dusk",
      },
    });
    expect(generation.request).toMatchObject({ aspectRatio: "16:9", quality: "pro", duration: 5 });
    const sent = await waitFor(
      async () =>
        dashscope.requests.find((request) => request.method === "POST")?.body as
          { parameters?: Record<string, unknown> } | undefined,
      { what: "the create at DashScope" },
    );
    expect(sent.parameters).toMatchObject({ aspect_ratio: "16:9" });
  });
});
