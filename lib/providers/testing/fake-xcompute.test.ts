import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { XCOMPUTE_CREATE_PATH } from "../xcompute/adapter";
import { SEED_004_ELEMENTS, SEED_004_REQUESTS, SEED_004_RESPONSES } from "../xcompute/seed-fixtures";
import { startFakeXCompute, type FakeXCompute } from "./fake-xcompute";

let fake: FakeXCompute;
beforeAll(async () => {
  fake = await startFakeXCompute();
});
afterAll(() => fake.close());

async function create(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(fake.url + XCOMPUTE_CREATE_PATH, {
    method: "POST",
    headers: { Authorization: "Bearer test-key", "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const text = SEED_004_REQUESTS.scenario1Text;
const story = SEED_004_REQUESTS.scenario7MultiShot;
const elements = { model: "kling-v3", prompt: SEED_004_ELEMENTS.prompt, element_list: SEED_004_ELEMENTS.elementList };

describe("fake xcompute accepts exactly what xcompute's Kling v3 video generation reference accepts", () => {
  it.each(Object.entries({ ...SEED_004_REQUESTS, elements }))(
    "accepts the documentation's %s example",
    async (_name, body) => {
      const created = await create(body);
      expect(created).toMatchObject({ status: 200, body: { code: 200, data: [{ status: "submitted" }] } });
    },
  );

  it("answers a quoted duration with the documented 400 body", async () => {
    expect(await create({ ...text, duration: "5" })).toEqual({ status: 400, body: SEED_004_RESPONSES.badRequest });
    expect(fake.refusals.at(-1)).toMatch(/^duration:/);
  });

  it("answers a bad key with the documented 401 body", async () => {
    expect(await create(text, { Authorization: "Bearer nope" })).toEqual({
      status: 401,
      body: SEED_004_RESPONSES.unauthorized,
    });
  });

  it.each([
    ["another model", { ...text, model: "kling-v2" }],
    ["a mode outside std|pro|4k", { ...text, mode: "ultra" }],
    ["a duration over 15", { ...text, duration: 16 }],
    ["three images", { ...text, image_urls: ["https://x.test/1.jpg", "https://x.test/2.jpg", "https://x.test/3.jpg"] }],
    ["no prompt in text-to-video", { ...text, prompt: undefined }],
    ["disagreeing size and aspect_ratio", { ...text, aspect_ratio: "9:16" }],
    ["multi_shot without shot_type", { ...story, shot_type: undefined }],
    ["customize without multi_prompt", { ...story, multi_prompt: undefined }],
    ["seven shots", { ...story, multi_prompt: [...story.multi_prompt, { index: 7, prompt: "x", duration: 1 }] }],
    [
      "indexes with a gap",
      { ...story, multi_prompt: story.multi_prompt.map((shot, i) => ({ ...shot, index: i === 5 ? 7 : shot.index })) },
    ],
    ["shots not adding up", { ...story, duration: 14 }],
    [
      "a shot prompt over 512",
      {
        ...story,
        multi_prompt: story.multi_prompt.map((shot, i) => (i === 0 ? { ...shot, prompt: "x".repeat(513) } : shot)),
      },
    ],
    ["the DashScope shot type spelling", { ...story, shot_type: "intelligent" }],
    ["four elements", { ...elements, element_list: [...elements.element_list, ...elements.element_list] }],
    [
      "an element with one image",
      {
        ...elements,
        element_list: [{ ...elements.element_list[0], element_input_urls: ["https://example.com/image1.png"] }],
      },
    ],
    ["an unknown field", { ...text, cfg_scale: 0.5 }],
  ])("refuses %s with the documented 400 body", async (_name, body) => {
    expect(await create(body)).toEqual({ status: 400, body: SEED_004_RESPONSES.badRequest });
  });
});
