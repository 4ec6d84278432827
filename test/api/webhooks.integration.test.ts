import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareEngineEnvironment, signedInUser, waitFor } from "@/test/engine-harness";

// Webhooks end to end: registered through the API (public addresses only; this test allows loopback for
// its receiver), written to the outbox with the generation's ending, delivered by the queue, signed per
// Standard Webhooks (checked with its reference library), retried with the same webhook-id.

const environment = await prepareEngineEnvironment({
  WEBHOOK_PRIVATE_NETWORKS: "127.0.0.1/32",
  WEBHOOK_RETRY_SECONDS: "1",
});
const { prisma } = await import("@/lib/db/client");
const { getStorage } = await import("@/lib/storage");
const { startWorker } = await import("@/lib/tasks/worker");
const { workWebhookJobs } = await import("@/lib/webhooks/deliver");
const { createApiToken } = await import("@/lib/auth/api-tokens");
const webhooks = await import("@/app/api/v1/webhooks/route");
const deliveries = await import("@/app/api/v1/webhooks/[id]/deliveries/route");
const generations = await import("@/app/api/v1/generations/route");

type Received = { headers: IncomingHttpHeaders; body: string };
const received: Received[] = [];
let failNext = 0;
const receiver = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
    if (failNext > 0) {
      failNext -= 1;
      response.writeHead(500).end("not now");
    } else response.writeHead(204).end();
  });
});
await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;

let worker: Awaited<ReturnType<typeof startWorker>>;
let token = "";

function call<P>(route: unknown, init: RequestInit & { params?: P } = {}) {
  const { params, ...rest } = init;
  const request = new Request("http://localhost/api/v1/any", {
    ...rest,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
  });
  return (route as (r: Request, c: { params: Promise<P> }) => Promise<Response>)(request, {
    params: Promise.resolve((params ?? {}) as P),
  });
}

async function generate(prompt: string): Promise<string> {
  const request = { provider: "simulator", model: "kling-simulator", mode: "text", prompt, duration: 3 };
  const created = await call(generations.POST, { method: "POST", body: JSON.stringify({ request }) });
  expect(created.status).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

const headersOf = (message: Received) => ({
  "webhook-id": String(message.headers["webhook-id"]),
  "webhook-timestamp": String(message.headers["webhook-timestamp"]),
  "webhook-signature": String(message.headers["webhook-signature"]),
});

beforeAll(async () => {
  const user = await signedInUser(`hooks-${Date.now()}@api.test`);
  token = (await createApiToken({ id: user.id, role: "member" }, { name: "hooks", scope: "write" })).token;
  worker = await startWorker({ databaseUrl: process.env.DATABASE_URL!, jobs: [workWebhookJobs] }, async () => ({
    prisma,
    storage: getStorage(),
  }));
});

afterAll(async () => {
  await worker?.stop();
  await new Promise((resolve) => receiver.close(resolve));
  await environment.cleanUp();
});

describe("webhooks", () => {
  let endpoint: { id: string; secret: string };

  it("refuses endpoints on loopback or private addresses the deployment has not allowed", async () => {
    for (const url of ["http://192.168.10.7/hook", "http://[::1]:9/hook", "http://10.0.0.5/hook"]) {
      const answer = await call(webhooks.POST, {
        method: "POST",
        body: JSON.stringify({ url, events: ["generation.succeeded"] }),
      });
      expect(answer.status, url).toBe(400);
      expect(((await answer.json()) as { violations: { path: string }[] }).violations[0]!.path).toBe("url");
    }
    const teamWide = await call(webhooks.POST, {
      method: "POST",
      body: JSON.stringify({ url: hookUrl, events: ["generation.succeeded"], teamWide: true }),
    });
    expect(teamWide.status).toBe(403);
  });

  it("delivers generation.succeeded signed per Standard Webhooks", async () => {
    const registered = await call(webhooks.POST, {
      method: "POST",
      body: JSON.stringify({ url: hookUrl, events: ["generation.succeeded", "generation.failed"] }),
    });
    expect(registered.status).toBe(201);
    endpoint = (await registered.json()) as { id: string; secret: string };
    expect(endpoint.secret).toMatch(/^whsec_/);

    const id = await generate("A kite over the dunes");
    const message = await waitFor(async () => received.find((item) => item.body.includes(id)), {
      timeoutMs: 60_000,
      what: "the webhook",
    });
    const payload = new Webhook(endpoint.secret).verify(message.body, headersOf(message)) as {
      type: string;
      data: { id: string; videoUrl: string };
    };
    expect(payload).toMatchObject({
      type: "generation.succeeded",
      data: { id, videoUrl: `/api/v1/generations/${id}/video` },
    });
    expect(() => new Webhook(endpoint.secret).verify(`${message.body} `, headersOf(message))).toThrow();
  }, 90_000);

  it("tries again after three 500s and delivers on the fourth attempt with the same webhook-id", async () => {
    failNext = 3;
    const before = received.length;
    const id = await generate("A heron in the reeds");
    const attempts = await waitFor(
      async () => {
        const mine = received.slice(before).filter((item) => item.body.includes(id));
        return mine.length >= 4 ? mine : null;
      },
      { timeoutMs: 60_000, what: "four attempts" },
    );
    expect(new Set(attempts.map((item) => item.headers["webhook-id"])).size).toBe(1);
    const listed = await call(deliveries.GET, { params: { id: endpoint.id } });
    const { deliveries: rows } = (await listed.json()) as {
      deliveries: { id: string; state: string; attempts: number; lastStatus: number }[];
    };
    const row = rows.find((delivery) => delivery.id === attempts[0]!.headers["webhook-id"]);
    expect(row).toMatchObject({ state: "delivered", attempts: 4, lastStatus: 204 });
  }, 90_000);
});
