import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { V3_GATEWAY_CREATE_PATH } from "../v3-gateway/adapter";
import { SEED_002_REQUESTS } from "../v3-gateway/seed-fixtures";
import { startFakeV3Gateway, type FakeV3Gateway } from "./fake-v3-gateway";

let fake: FakeV3Gateway;
beforeAll(async () => {
  fake = await startFakeV3Gateway();
});
afterAll(() => fake.close());

async function create(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(fake.url + V3_GATEWAY_CREATE_PATH, {
    method: "POST",
    headers: { Authorization: "Bearer test-key", "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const text = SEED_002_REQUESTS.text;
const image = SEED_002_REQUESTS.multiPrompt;

describe("fake v3-gateway accepts exactly what the /v1/video/generations gateway's API reference accepts", () => {
  it.each(Object.entries(SEED_002_REQUESTS))("accepts the documentation's %s example", async (_name, body) => {
    expect(await create(body)).toMatchObject({ status: 200, body: { status: "queued" } });
  });

  it("takes the duration as the table's string too", async () => {
    expect((await create({ ...text, duration: "5" })).status).toBe(200);
  });

  it.each([
    ["a missing key", text, { Authorization: "" }, 401],
    ["a wrong key", text, { Authorization: "Bearer nope" }, 401],
    ["an unknown model", { ...text, model: "kling-v3-4k-audio" }, {}, 400],
    ["a duration over 15", { ...text, duration: 16 }, {}, 400],
    ["a fractional duration", { ...text, duration: 5.5 }, {}, 400],
    ["no duration", { ...text, duration: undefined }, {}, 400],
    ["an unknown field", { ...text, watermark: false }, {}, 400],
    ["a cfg_scale over 1", { ...text, extra_body: { cfg_scale: 2 } }, {}, 400],
    ["the omni shot type spelling", { ...text, extra_body: { shot_type: "intelligence" } }, {}, 400],
    ["a prompt with multi_prompt in image mode", { ...image, prompt: "p" }, {}, 400],
    [
      "multi_prompt shots with durations",
      { ...image, extra_body: { multi_prompt: [{ prompt: "a", duration: 5 }] } },
      {},
      400,
    ],
    ["no prompt in text mode", { ...text, prompt: undefined }, {}, 400],
    ["a last image alone", { ...text, last_image: "https://x.test/b.png" }, {}, 400],
    ["a Base64 image", { ...image, image: "data:image/png;base64,AAAA" }, {}, 400],
  ])("refuses %s", async (_name, body, headers, status) => {
    expect((await create(body, headers)).status).toBe(status);
  });
});
