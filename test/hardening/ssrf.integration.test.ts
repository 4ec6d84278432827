import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareEngineEnvironment, signedInUser, waitFor } from "@/test/engine-harness";

// A member names internal addresses as media. With a listener on 127.0.0.1, every form is refused
// naming the field and the listener never sees a request; a redirect from an allowed media host
// (127.0.0.2, listed as a deployment would in PRIVATE_MEDIA_NETWORKS) to loopback fails the
// generation naming the field, again without reaching the listener.
const environment = await prepareEngineEnvironment({
  PRIVATE_MEDIA_NETWORKS: "127.0.0.2",
  SIMULATOR_RUNNING_MS: "100",
});
const { prisma } = await import("@/lib/db/client");
const { getStorage } = await import("@/lib/storage");
const { startWorker } = await import("@/lib/tasks/worker");
const { POST: createRoute } = await import("@/app/api/generations/route");

const ORIGIN = "http://localhost:3000";
let creator: { id: string; cookie: string };
let worker: Awaited<ReturnType<typeof startWorker>>;
let victim: { server: Server; port: number; hits: string[] };
let redirector: { server: Server; url: string };

async function listen(host: string, handle: Parameters<typeof createServer>[1]) {
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

beforeAll(async () => {
  const hits: string[] = [];
  victim = {
    ...(await listen("127.0.0.1", (request, response) => (hits.push(request.url ?? ""), response.end("secret")))),
    hits,
  };
  const redirect = await listen("127.0.0.2", (request, response) => {
    response.writeHead(302, { location: `http://127.0.0.1:${victim.port}/private.png` });
    response.end();
  });
  redirector = { server: redirect.server, url: `http://127.0.0.2:${redirect.port}` };
  creator = await signedInUser(`ssrf-${Date.now()}@hardening.test`);
  worker = await startWorker({ databaseUrl: process.env.DATABASE_URL! }, async () => ({
    prisma,
    storage: getStorage(),
  }));
});

afterAll(async () => {
  await worker?.stop();
  for (const server of [victim.server, redirector.server]) {
    server.closeAllConnections();
    server.close();
  }
  await environment.cleanUp();
});

function create(url: string) {
  const request = {
    provider: "simulator",
    model: "kling-simulator",
    mode: "first_frame",
    prompt: "a fox",
    duration: 3,
    media: [{ role: "first_frame", url }],
  };
  return createRoute(
    new Request(`${ORIGIN}/api/generations`, {
      method: "POST",
      headers: { cookie: creator.cookie, origin: ORIGIN, "content-type": "application/json" },
      body: JSON.stringify({ request }),
    }),
    { params: Promise.resolve({}) },
  );
}

describe("media URLs that point inside the network", () => {
  it.each([
    "127.0.0.1",
    "127.1",
    "2130706433",
    "0x7f000001",
    "0.0.0.0",
    "[::1]",
    "[::ffff:127.0.0.1]",
    "localhost",
    "169.254.169.254",
    "10.0.0.1",
    "100.64.0.1",
  ])("http://%s/… is refused before anything is stored, naming the field", async (host) => {
    const before = await prisma.generation.count();
    const response = await create(`http://${host}:${victim.port}/x.png`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      violations: expect.arrayContaining([
        expect.objectContaining({ path: "request.media[0].url", rule: "url_not_public" }),
      ]),
    });
    expect(await prisma.generation.count()).toBe(before);
  });

  it("a redirect to loopback fails the generation naming the field, and nothing is fetched from the listener", async () => {
    const response = await create(`${redirector.url}/frame.png`);
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const done = await waitFor(async () => {
      const generation = await prisma.generation.findUniqueOrThrow({ where: { id } });
      return ["succeeded", "failed"].includes(generation.status) ? generation : null;
    });
    expect(done.status).toBe("failed");
    expect(JSON.stringify(done.error)).toContain("media[0].url");
    expect(await prisma.asset.count({ where: { generationId: id } })).toBe(0);
  });

  it("the listener never received a request", () => {
    expect(victim.hits).toEqual([]);
  });
});
