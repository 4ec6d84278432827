import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareEngineEnvironment, signedInUser, waitFor } from "@/test/engine-harness";

const environment = await prepareEngineEnvironment({ DASHSCOPE_API_KEY: "configured-but-unreachable" });
const { prisma } = await import("@/lib/db/client");
const { getStorage } = await import("@/lib/storage");
const { startWorker } = await import("./worker");
const { createGeneration, GenerationRejectedError } = await import("./create-generation");
const { POST: upload } = await import("@/app/api/uploads/route");
const { POST: callback } = await import("@/app/api/callbacks/[id]/[secret]/route");

let worker: Awaited<ReturnType<typeof startWorker>>;
let creator: { id: string; cookie: string };

async function uploadFile(body: Buffer, contentType: string) {
  const response = await upload(
    new Request("http://localhost/api/uploads", {
      method: "POST",
      headers: { cookie: creator.cookie, "content-type": contentType },
      body: new Uint8Array(body),
    }),
    { params: Promise.resolve({}) },
  );
  return { status: response.status, body: await response.json() };
}

const frame = (alpha: boolean) =>
  sharp({
    create: {
      width: 640,
      height: 360,
      channels: alpha ? 4 : 3,
      background: { r: 200, g: 80, b: 40, alpha: alpha ? 0.5 : 1 },
    },
  })
    .png()
    .toBuffer();

async function finished(id: string) {
  return waitFor(
    async () => {
      const generation = await prisma.generation.findUniqueOrThrow({ where: { id } });
      return generation.finishedAt ? generation : null;
    },
    { what: `generation ${id} to finish` },
  );
}

beforeAll(async () => {
  creator = await signedInUser(`media-${Date.now()}@engine.test`);
  worker = await startWorker({ databaseUrl: process.env.DATABASE_URL! }, async () => ({
    prisma,
    storage: getStorage(),
  }));
});

afterAll(async () => {
  await worker?.stop();
  await environment.cleanUp();
});

describe("uploads", () => {
  it("stores an image and reports what it measured", async () => {
    const { status, body } = await uploadFile(await frame(true), "image/png");
    expect(status).toBe(201);
    expect(body).toMatchObject({
      url: expect.stringMatching(/^asset:/),
      width: 640,
      height: 360,
      format: "png",
      hasAlpha: true,
    });
  });

  it("names the rule an upload breaks", async () => {
    expect(await uploadFile(Buffer.from("not an image"), "image/png")).toMatchObject({
      status: 422,
      body: { rule: "image_unreadable" },
    });
    expect(await uploadFile(await frame(false), "image/jpeg")).toMatchObject({
      status: 422,
      body: { rule: "image_format_mismatch" },
    });
    expect(await uploadFile(Buffer.from("GIF89a"), "image/gif")).toMatchObject({
      status: 415,
      body: { rule: "file_type" },
    });
  });

  it("refuses a playlist or any other non-MP4/MOV file sent as a video, so ffprobe never follows what it names", async () => {
    // 82 bytes of HLS naming a file on the server: probed by content, it would report that file's size.
    const playlist = Buffer.from(
      "#EXTM3U\n#EXT-X-TARGETDURATION:5\n#EXTINF:5.0,\nfile:///etc/hostname\n#EXT-X-ENDLIST\n",
    );
    for (const type of ["video/mp4", "video/quicktime"]) {
      expect(await uploadFile(playlist, type)).toMatchObject({ status: 422, body: { rule: "video_format_mismatch" } });
    }
    expect(await uploadFile(Buffer.from("ffconcat version 1.0\nfile '/etc/hostname'\n"), "video/mp4")).toMatchObject({
      status: 422,
    });
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"><image href="file:///etc/hostname"/></svg>',
    );
    expect(await uploadFile(svg, "image/png")).toMatchObject({ status: 422, body: { rule: "image_unreadable" } });
    expect(await prisma.asset.count({ where: { ownerId: creator.id, contentType: { startsWith: "video/" } } })).toBe(0);
  });

  it("refuses, before storing anything, a provider that could not fetch the upload", async () => {
    const { body } = await uploadFile(await frame(false), "image/png");
    const attempt = createGeneration(worker.engine, {
      creatorId: creator.id,
      request: {
        provider: "dashscope",
        model: "kling/kling-v3-video-generation",
        mode: "first_frame",
        prompt: "wave",
        duration: 5,
        media: [{ role: "first_frame", url: body.url }],
      },
    });
    const error = await attempt.catch((caught) => caught);
    expect(error).toBeInstanceOf(GenerationRejectedError);
    expect(error.violations).toContainEqual(
      expect.objectContaining({
        path: "media[0].url",
        rule: "media_unreachable",
        message: expect.stringContaining("PUBLIC_URL"),
      }),
    );
  });

  it("sends an upload inline to a provider that takes Base64, and animates it", async () => {
    const { body } = await uploadFile(await frame(false), "image/png");
    const generation = await createGeneration(worker.engine, {
      creatorId: creator.id,
      request: {
        provider: "simulator",
        model: "kling-simulator",
        mode: "first_frame",
        prompt: "wave",
        duration: 3,
        media: [{ role: "first_frame", url: body.url }],
      },
    });
    expect((await finished(generation.id)).status).toBe("succeeded");
    // The stored request keeps the studio's reference, not the file's bytes.
    expect((await prisma.generation.findUniqueOrThrow({ where: { id: generation.id } })).request).toMatchObject({
      media: [{ url: body.url }],
    });
  });
});

describe("provider callbacks and expiry", () => {
  it("accepts a callback only with the task's secret, and then asks the provider at once", async () => {
    const generation = await prisma.generation.create({
      data: {
        creatorId: creator.id,
        provider: "simulator",
        model: "kling-simulator",
        mode: "text",
        quality: "std",
        durationSeconds: 3,
        request: {},
        status: "running",
        providerTaskId: "callback-task",
        callbackSecret: "s3cret-s3cret-s3cret",
      },
    });
    const call = (secret: string) =>
      callback(new Request("http://localhost/cb", { method: "POST", body: "{}" }), {
        params: Promise.resolve({ id: generation.id, secret }),
      });
    expect((await call("wrong-secret-wrong-x")).status).toBe(404);
    expect((await call("s3cret-s3cret-s3cret")).status).toBe(204);
    const jobs = await prisma.$queryRaw<
      { count: bigint }[]
    >`SELECT count(*) FROM pgboss.job WHERE singleton_key = ${`${generation.id}:poll:now`}`;
    expect(Number(jobs[0]!.count)).toBe(1);
    await prisma.generation.update({ where: { id: generation.id }, data: { status: "canceled" } });
  });

  it("expires a task the provider no longer knows after 24 hours, saying why", async () => {
    const generation = await createGeneration(worker.engine, {
      creatorId: creator.id,
      request: {
        provider: "simulator",
        model: "kling-simulator",
        mode: "text",
        prompt: "[simulate:expired] forgotten",
        aspectRatio: "16:9",
        duration: 3,
      },
    });
    await waitFor(
      async () => (await prisma.generation.findUniqueOrThrow({ where: { id: generation.id } })).submittedAt,
      { what: "submission" },
    );
    // Within its first day an unknown task is asked about again; a day later it is given up.
    await prisma.generation.update({
      where: { id: generation.id },
      data: { submittedAt: new Date(Date.now() - 25 * 60 * 60 * 1000) },
    });
    const done = await finished(generation.id);
    expect(done.status).toBe("expired");
    expect(done.error).toMatchObject({ kind: "expired", message: expect.stringContaining("24 hours") });
  });
});
