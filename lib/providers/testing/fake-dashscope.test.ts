import { afterEach, describe, expect, it } from "vitest";
import { DASHSCOPE_CREATE_PATH } from "../dashscope/adapter";
import { SEED_000_REQUESTS } from "../dashscope/seed-fixtures";
import { startFakeDashScope, type FakeDashScope } from "./fake-dashscope";
import { startFakeServer } from "./fake-server";

let fake: FakeDashScope | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function create(body: unknown, headers: Record<string, string> = {}) {
  fake ??= await startFakeDashScope();
  const response = await fetch(fake.url + DASHSCOPE_CREATE_PATH, {
    method: "POST",
    headers: {
      Authorization: "Bearer test-key",
      "Content-Type": "application/json",
      "X-DashScope-Async": "enable",
      ...headers,
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("fake DashScope accepts exactly what DashScope's Kling video API reference accepts", () => {
  it.each(Object.entries(SEED_000_REQUESTS))("accepts the documentation's %s example", async (_name, body) => {
    expect(await create(body)).toMatchObject({ status: 200, body: { output: { task_status: "PENDING" } } });
  });

  it("refuses a missing async header, bad keys, unknown models and broken bodies", async () => {
    expect(await create(SEED_000_REQUESTS.text, { "X-DashScope-Async": "" })).toMatchObject({
      status: 403,
      body: { message: "current user api does not support synchronous calls" },
    });
    expect(await create(SEED_000_REQUESTS.text, { Authorization: "" })).toMatchObject({
      status: 401,
      body: { code: "InvalidApiKey", message: "No API-key provided." },
    });
    expect(await create(SEED_000_REQUESTS.text, { Authorization: "Bearer nope" })).toMatchObject({
      status: 401,
      body: { code: "InvalidApiKey" },
    });
    expect(await create({ ...SEED_000_REQUESTS.text, model: "kling/kling-v2" })).toMatchObject({
      status: 400,
      body: { code: "InvalidParameter", message: "Model not exist." },
    });
    expect(await create("{nope")).toMatchObject({ status: 400, body: { code: "InvalidParameter" } });
    expect(
      await create({
        ...SEED_000_REQUESTS.text,
        input: { prompt: "x", media: [{ type: "refer", url: "https://x.test/a.png" }] },
      }),
    ).toMatchObject({ status: 400 });
    expect(await create({ ...SEED_000_REQUESTS.text, parameters: { duration: 5 } })).toMatchObject({
      status: 400,
      body: { message: "aspect_ratio is required" },
    });
  });

  it("progresses tasks with time", async () => {
    fake = await startFakeDashScope({ progression: { by: "time", queuedMs: 0, runningMs: 60_000 } });
    const created = await create(SEED_000_REQUESTS.text);
    const taskId = (created.body.output as { task_id: string }).task_id;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const query = await fetch(`${fake.url}/api/v1/tasks/${taskId}`, { headers: { Authorization: "Bearer test-key" } });
    expect(await query.json()).toMatchObject({ output: { task_status: "RUNNING" } });
  });
});

describe("fake server random faults", () => {
  it("are reproducible from the documentation", async () => {
    const statuses = async () => {
      const server = await startFakeServer({
        handle: () => ({ json: {} }),
        randomFaults: {
          probability: 0.5,
          seed: 42,
          faults: [
            { type: "status", status: 500 },
            { type: "status", status: 429 },
          ],
        },
      });
      const seen: number[] = [];
      for (let i = 0; i < 12; i++) seen.push((await fetch(server.url)).status);
      await server.close();
      return seen;
    };
    const first = await statuses();
    expect(await statuses()).toEqual(first);
    expect(new Set(first).size).toBeGreaterThan(1);
  });
});
