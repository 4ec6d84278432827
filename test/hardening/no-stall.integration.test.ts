import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareEngineEnvironment, signedInUser, waitFor } from "@/test/engine-harness";

// One member's enormous prompt must not hold up anyone else: the longest prompt the schema allows
// renders, and a teammate's generation submitted right after it finishes too.
const environment = await prepareEngineEnvironment();
const { prisma } = await import("@/lib/db/client");
const { getStorage } = await import("@/lib/storage");
const { startWorker } = await import("@/lib/tasks/worker");
const { TEXT_LIMITS } = await import("@/lib/providers");
const { POST: createRoute } = await import("@/app/api/generations/route");

const ORIGIN = "http://localhost:3000";
let worker: Awaited<ReturnType<typeof startWorker>>;
let first: { id: string; cookie: string };
let second: { id: string; cookie: string };

beforeAll(async () => {
  first = await signedInUser(`long-${Date.now()}@hardening.test`);
  second = await signedInUser(`short-${Date.now()}@hardening.test`);
  worker = await startWorker({ databaseUrl: process.env.DATABASE_URL! }, async () => ({
    prisma,
    storage: getStorage(),
  }));
});
afterAll(async () => {
  await worker?.stop();
  await environment.cleanUp();
});

async function create(cookie: string, prompt: string): Promise<string> {
  const request = {
    provider: "simulator",
    model: "kling-simulator",
    mode: "text",
    prompt,
    duration: 3,
    aspectRatio: "16:9",
  };
  const response = await createRoute(
    new Request(`${ORIGIN}/api/generations`, {
      method: "POST",
      headers: { cookie, origin: ORIGIN, "content-type": "application/json" },
      body: JSON.stringify({ request }),
    }),
    { params: Promise.resolve({}) },
  );
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

const finished = (id: string) =>
  waitFor(
    async () => {
      const generation = await prisma.generation.findUniqueOrThrow({ where: { id } });
      return generation.finishedAt ? generation : null;
    },
    { what: `generation ${id}` },
  );

describe("a prompt at the limit", () => {
  it("renders, and a teammate's generation submitted after it succeeds as well", async () => {
    const longest = "一只橘猫在雪地里奔跑, a fox runs beside it. ".repeat(4_000).slice(0, TEXT_LIMITS.prompt);
    expect(longest).toHaveLength(TEXT_LIMITS.prompt);
    const long = await create(first.cookie, longest);
    const short = await create(second.cookie, "a lighthouse at dusk");
    const [longDone, shortDone] = await Promise.all([finished(long), finished(short)]);
    expect(longDone.status).toBe("succeeded");
    expect(shortDone.status).toBe("succeeded");
  });
});
