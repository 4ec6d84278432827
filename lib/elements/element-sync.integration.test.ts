import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareEngineEnvironment, signedInUser, waitFor } from "@/test/engine-harness";

// The element library against the Kling gateway's fake (a real HTTP server): creates go through the
// durable queue, a create whose answer is lost is looked up rather than sent again, deletes reach the
// provider, and an element deleted behind the studio's back is marked by "sync now".

// The images of adopted elements are copied in through the SSRF guard: this test's image server is on loopback.
const environment = await prepareEngineEnvironment({ PRIVATE_MEDIA_NETWORKS: "127.0.0.1/32" });
const { prisma } = await import("@/lib/db/client");
const { getStorage } = await import("@/lib/storage");
const { storeUpload } = await import("@/lib/uploads/store-upload");
const { startFakeKlingGateway } = await import("@/lib/providers/testing/fake-kling-gateway");
const { startWorker } = await import("@/lib/tasks/worker");
const library = await import("./library");
const { reconcileProvider, workElementJobs } = await import("./sync");
const { adoptProviderElement, browseProviderElements } = await import("./provider-elements");

const fake = await startFakeKlingGateway({ apiKey: "elements-key" });
Object.assign(process.env, {
  KLING_GATEWAY_API_KEY: "elements-key",
  KLING_GATEWAY_BASE_URL: fake.url,
  KLING_GATEWAY_TIMEOUT_MS: "700",
});

let worker: Awaited<ReturnType<typeof startWorker>>;
let adminId = "";

const creates = () => fake.requests.filter((r) => r.method === "POST" && r.path === "/v1/elements/custom");

async function upload(width: number, height: number) {
  const png = await sharp({ create: { width, height, channels: 3, background: "#c0603a" } })
    .png()
    .toBuffer();
  const asset = await storeUpload(
    { prisma, storage: getStorage() },
    { ownerId: adminId, contentType: "image/png", body: new Blob([new Uint8Array(png)]).stream() },
  );
  return `asset:${asset.id}`;
}

const binding = (elementId: string) =>
  prisma.elementBinding.findUnique({ where: { elementId_provider: { elementId, provider: "kling-gateway" } } });

beforeAll(async () => {
  adminId = (await signedInUser(`elements-${Date.now()}@sync.test`)).id;
  worker = await startWorker({ databaseUrl: process.env.DATABASE_URL!, jobs: [workElementJobs] }, async () => ({
    prisma,
    storage: getStorage(),
  }));
});

afterAll(async () => {
  await worker?.stop();
  await fake.close();
  await environment.cleanUp();
});

describe("the element library at the Kling gateway", () => {
  it("refuses a draft that breaks the gateway's rules before any request reaches it", async () => {
    const before = fake.requests.length;
    const outcome = await library.createElement(
      worker.engine,
      {
        name: "Elevenchars",
        description: "",
        tags: [],
        frontalImageUrl: await upload(200, 200),
        referImageUrls: [],
        providers: ["kling-gateway"],
      },
      adminId,
    );
    expect(outcome.ok).toBe(false);
    const rules = !outcome.ok ? outcome.problems.map((problem) => `${problem.path} ${problem.rule}`) : [];
    expect(rules).toEqual(
      expect.arrayContaining([
        "name element_name_too_long_for",
        "description element_description_required",
        "referImageUrls element_refer_count",
        "frontalImageUrl image_size",
      ]),
    );
    expect(fake.requests.length).toBe(before);
  });

  it("creates an element once when the first create times out, deletes it, and marks one deleted behind its back", async () => {
    // The first create is answered after the client gave up: the element exists, the studio does not know its id.
    fake.injectFault(
      { type: "slow", delayMs: 1_500 },
      { match: (request) => request.method === "POST" && request.path === "/v1/elements/custom" },
    );
    const outcome = await library.createElement(
      worker.engine,
      {
        name: "红狐",
        description: "A red fox with a white-tipped tail",
        tags: ["animal"],
        frontalImageUrl: await upload(640, 640),
        referImageUrls: [await upload(640, 480), await upload(480, 640)],
        providers: ["kling-gateway"],
      },
      adminId,
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const synced = await waitFor(
      async () => {
        const row = await binding(outcome.elementId);
        return row?.state === "synced" ? row : null;
      },
      { what: "the gateway binding to be synced" },
    );
    expect(creates()).toHaveLength(1);
    expect(fake.requests.some((r) => r.method === "GET" && r.path === "/v1/elements/custom")).toBe(true);
    expect([...(await listRemote())]).toEqual([synced.remoteId]);
    // 64-bit ids arrive whole.
    expect(BigInt(synced.remoteId!)).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER));
    const sent = creates()[0]!.body as { element_refer_list: unknown[]; element_frontal_image: string };
    expect(sent.element_refer_list).toHaveLength(2);
    expect(sent.element_frontal_image).toMatch(/^[A-Za-z0-9+/]+=*$/);

    // A second element, then deleted at the provider behind the studio's back.
    const twin = await library.createElement(
      worker.engine,
      {
        name: "Owl",
        description: "A snowy owl",
        tags: [],
        frontalImageUrl: await upload(640, 640),
        referImageUrls: [await upload(640, 640)],
        providers: ["kling-gateway"],
      },
      adminId,
    );
    if (!twin.ok) throw new Error(JSON.stringify(twin.problems));
    const owl = await waitFor(async () => {
      const row = await binding(twin.elementId);
      return row?.state === "synced" ? row : null;
    });
    fake.elements.delete(owl.remoteId!);
    expect(await reconcileProvider(worker.engine, "kling-gateway")).toEqual({ checked: 2, missing: 1 });
    expect(await binding(twin.elementId)).toMatchObject({ state: "missing", remoteId: owl.remoteId });
    expect(await binding(outcome.elementId)).toMatchObject({ state: "synced" });

    // Retiring deletes it at the provider and keeps the row for the generations that used it.
    await library.retireElement(worker.engine, outcome.elementId);
    await waitFor(async () => !(await binding(outcome.elementId)), { what: "the binding to be deleted" });
    expect(await listRemote()).not.toContain(synced.remoteId);
    expect(fake.requests.filter((r) => r.path === "/v1/elements/delete")).toHaveLength(1);
    expect(await prisma.element.findUnique({ where: { id: outcome.elementId } })).toMatchObject({
      retiredAt: expect.any(Date),
    });
  }, 60_000);

  it("adopts a custom element with copies of its images in the studio's storage", async () => {
    const png = await sharp({ create: { width: 512, height: 512, channels: 3, background: "#208040" } })
      .png()
      .toBuffer();
    const images = createServer((_request, response) =>
      response.writeHead(200, { "content-type": "image/png" }).end(png),
    );
    await new Promise<void>((resolve) => images.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(images.address() as AddressInfo).port}`;
    try {
      const made = await fetch(`${fake.url}/v1/elements/custom`, {
        method: "POST",
        headers: { authorization: "Bearer elements-key", "content-type": "application/json" },
        body: JSON.stringify({
          element_name: "Moss",
          element_description: "A green moss rock",
          element_frontal_image: `${base}/front.png`,
          element_refer_list: [{ image_url: `${base}/side.png` }],
        }),
      });
      const remoteId = /"element_id":(\d+)/.exec(await made.text())![1]!;
      const adopted = await adoptProviderElement(
        worker.engine,
        { provider: "kling-gateway", remoteId, source: "custom" },
        adminId,
      );
      if (!adopted.ok) throw new Error(JSON.stringify(adopted.problems));
      const element = await prisma.element.findUniqueOrThrow({ where: { id: adopted.elementId } });
      expect(element.frontalImageUrl).toMatch(/^asset:/);
      expect(element.referImageUrls).toEqual([expect.stringMatching(/^asset:/)]);
      const asset = await prisma.asset.findUniqueOrThrow({ where: { id: element.frontalImageUrl!.slice(6) } });
      expect(asset).toMatchObject({ width: 512, height: 512, kind: "upload" });
      expect(await binding(adopted.elementId)).toMatchObject({ state: "synced", remoteId, owned: true });
    } finally {
      await new Promise((resolve) => images.close(resolve));
    }
  });

  it("adopts a provider's preset (never deleted there) and registers a catalogue id once", async () => {
    const found = await browseProviderElements(worker.engine, {
      provider: "kling-gateway",
      source: "preset",
      search: "侦探",
    });
    expect(found.elements.map((element) => element.id)).toEqual(["842130978230767622"]);

    const adopted = await adoptProviderElement(
      worker.engine,
      { provider: "kling-gateway", remoteId: "842130978230767622", source: "preset" },
      adminId,
    );
    if (!adopted.ok) throw new Error(JSON.stringify(adopted.problems));
    expect(await binding(adopted.elementId)).toMatchObject({ state: "synced", owned: false });
    const again = await adoptProviderElement(
      worker.engine,
      { provider: "kling-gateway", remoteId: "842130978230767622", source: "preset" },
      adminId,
    );
    expect(again).toMatchObject({ ok: false, problems: [{ rule: "element_id_taken" }] });
    const unknown = await adoptProviderElement(
      worker.engine,
      { provider: "kling-gateway", remoteId: "1", source: "custom" },
      adminId,
    );
    expect(unknown).toMatchObject({ ok: false, problems: [{ rule: "element_not_at_provider" }] });
    const listed = await browseProviderElements(worker.engine, { provider: "kling-gateway", source: "preset" });
    expect(listed.elements.find((element) => element.id === "842130978230767622")?.adoptedAs).toBe(adopted.elementId);

    // Retiring a preset forgets it here and leaves Kling's official element alone.
    const deletes = fake.requests.filter((r) => r.path === "/v1/elements/delete").length;
    await library.retireElement(worker.engine, adopted.elementId);
    expect(await binding(adopted.elementId)).toBeNull();
    expect(fake.requests.filter((r) => r.path === "/v1/elements/delete")).toHaveLength(deletes);

    const picture = await upload(640, 640);
    const draft = { remoteId: "8000001", name: "Hero", description: "", frontalImageUrl: picture };
    const registered = await library.registerCatalogueElement(
      worker.engine,
      { provider: "dashscope", ...draft },
      adminId,
    );
    if (!registered.ok) throw new Error(JSON.stringify(registered.problems));
    expect(
      await prisma.elementBinding.findUnique({
        where: { elementId_provider: { elementId: registered.elementId, provider: "dashscope" } },
      }),
    ).toMatchObject({ state: "synced", remoteId: "8000001" });
    expect(
      await library.registerCatalogueElement(worker.engine, { provider: "dashscope", ...draft }, adminId),
    ).toMatchObject({ ok: false, problems: [{ rule: "element_id_taken" }] });
    expect(
      await library.registerCatalogueElement(
        worker.engine,
        { provider: "kling-gateway", ...draft, remoteId: "9" },
        adminId,
      ),
    ).toMatchObject({ ok: false, problems: [{ rule: "element_provider_unavailable" }] });
  });
});

async function listRemote(): Promise<Set<string>> {
  return new Set(fake.elements.keys());
}
