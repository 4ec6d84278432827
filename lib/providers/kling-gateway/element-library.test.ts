import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GenerationValidationError } from "../errors";
import { FIRST_CUSTOM_ELEMENT_ID } from "../testing/fake-kling-gateway-elements";
import { startFakeKlingGateway, type FakeKlingGateway } from "../testing/fake-kling-gateway";
import type { CreateElementInput, ElementLibrary } from "../types";
import { createKlingGatewayAdapter } from "./adapter";
import { parseJsonKeepingElementIds, quoteIntegerValues } from "./lossless-json";
import { SEED_001_ELEMENT_REQUESTS, SEED_001_ELEMENT_RESPONSE_TEXTS } from "./seed-fixtures";

const BIG_ID = "9007199254740993123";
const seedInput: CreateElementInput = {
  name: SEED_001_ELEMENT_REQUESTS.create.element_name,
  description: SEED_001_ELEMENT_REQUESTS.create.element_description,
  frontalImageUrl: SEED_001_ELEMENT_REQUESTS.create.element_frontal_image,
  referImageUrls: SEED_001_ELEMENT_REQUESTS.create.element_refer_list.map((refer) => refer.image_url),
  tagIds: ["o_102"],
};

let fake: FakeKlingGateway;
let library: ElementLibrary;
beforeAll(async () => {
  fake = await startFakeKlingGateway({ apiKey: "sk-test" });
  const adapter = createKlingGatewayAdapter({ apiKey: "sk-test", baseUrl: fake.url, timeoutMs: 2000, problems: [] });
  if (!adapter.elementLibrary) throw new Error("kling-gateway must have an element library");
  library = adapter.elementLibrary;
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.clearFaults();
});

describe("lossless element ids", () => {
  it("JSON.parse would lose the digits; the pre-pass keeps them", () => {
    const text = `{"element_id": ${BIG_ID}}`;
    expect(String((JSON.parse(text) as { element_id: number }).element_id)).not.toBe(BIG_ID);
    expect(parseJsonKeepingElementIds(text)).toEqual({ element_id: BIG_ID });
  });

  it("touches only element_id values, never string contents or other numbers", () => {
    const text = `{"message":"\\"element_id\\": 1","n":12345678901234567890,"data":[{"element_id":-5,"x":{"element_id" : 7e3}},{"element_id":"8"}],"element_id_x":9}`;
    expect(quoteIntegerValues(text, ["element_id"])).toBe(
      `{"message":"\\"element_id\\": 1","n":12345678901234567890,"data":[{"element_id":"-5","x":{"element_id" : 7e3}},{"element_id":"8"}],"element_id_x":9}`,
    );
  });

  it("reads the documentation's element responses", () => {
    expect(parseJsonKeepingElementIds(SEED_001_ELEMENT_RESPONSE_TEXTS.created)).toMatchObject({
      code: 0,
      data: { element_id: "842130978230767622", tag_list: [{ id: "o_101" }, { id: "o_102" }] },
    });
    expect(parseJsonKeepingElementIds(SEED_001_ELEMENT_RESPONSE_TEXTS.presetList)).toMatchObject({
      data: [{ element_id: "123" }],
    });
  });
});

describe("kling-gateway element library against the fake gateway", () => {
  it("creates, lists and deletes an element whose id is above 2^53, keeping it exact", async () => {
    const created = await library.createElement(seedInput);
    expect(created).toStrictEqual({
      id: BIG_ID,
      name: "测试主体",
      description: "这是一个测试主体描述",
      frontalImageUrl: "https://example.com/image.jpg",
      referImageUrls: ["https://example.com/image1.jpg", "https://example.com/image2.jpg"],
      tags: [{ id: "o_102", name: "animal" }],
      source: "custom",
    });
    expect(String(FIRST_CUSTOM_ELEMENT_ID)).toBe(BIG_ID);
    expect(fake.requests[0]).toMatchObject({
      method: "POST",
      path: "/v1/elements/custom",
      body: SEED_001_ELEMENT_REQUESTS.create,
    });
    expect(fake.requests[0]?.headers).toMatchObject({
      authorization: "Bearer sk-test",
      "content-type": "application/json",
    });

    const listed = await library.listElements({ source: "custom", page: 1, pageSize: 30 });
    expect(listed.map((element) => element.id)).toEqual([BIG_ID]);
    expect(fake.requests[1]).toMatchObject({
      method: "GET",
      path: "/v1/elements/custom",
      query: { page_num: "1", page_size: "30" },
    });
    // The wire really carries a bare integer, which JSON.parse would have rounded.
    const raw = await (
      await fetch(`${fake.url}/v1/elements/custom`, { headers: { Authorization: "Bearer sk-test" } })
    ).text();
    expect(raw).toContain(`"element_id":${BIG_ID}`);

    await library.deleteElement(BIG_ID);
    expect(fake.requests.at(-1)).toMatchObject({
      method: "POST",
      path: "/v1/elements/delete",
      body: { element_id: BIG_ID },
    });
    expect(fake.elements.size).toBe(0);
    expect(await library.listElements({ source: "custom" })).toEqual([]);
  });

  it("lists the official presets, big ids included", async () => {
    const presets = await library.listElements({ source: "preset" });
    expect(presets.map((preset) => [preset.id, preset.source])).toEqual([
      ["123", "preset"],
      ["842130978230767622", "preset"],
    ]);
    expect(fake.requests[0]).toMatchObject({ path: "/v1/elements/presets", query: { page_num: "1", page_size: "30" } });
  });

  it("validates a new element before any request", async () => {
    const error = await library
      .createElement({
        name: "一个名字太长了的主体名称",
        description: "x".repeat(101),
        frontalImageUrl: "not-a-url",
        referImageUrls: [],
        tagIds: [" "],
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GenerationValidationError);
    expect(
      (error as GenerationValidationError).violations.map((violation) => `${violation.path}:${violation.rule}`),
    ).toEqual([
      "name:element_name_too_long",
      "description:element_description_too_long",
      "frontalImageUrl:image_url_invalid",
      "referImageUrls:refer_image_count",
      "tagIds[0]:tag_id_invalid",
    ]);
    await expect(
      library.createElement({
        ...seedInput,
        referImageUrls: [
          "https://a.test/1.png",
          "https://a.test/2.png",
          "https://a.test/3.png",
          "https://a.test/4.png",
        ],
      }),
    ).rejects.toMatchObject({ kind: "invalid_request" });
    await expect(library.listElements({ source: "custom", page: 1001 })).rejects.toBeInstanceOf(
      GenerationValidationError,
    );
    await expect(library.listElements({ source: "preset", pageSize: 501 })).rejects.toBeInstanceOf(
      GenerationValidationError,
    );
    await expect(library.deleteElement("12a")).rejects.toBeInstanceOf(GenerationValidationError);
    expect(fake.requests).toHaveLength(0);
  });

  it("counts name length in characters, so a 10-character Chinese name passes", async () => {
    const element = await library.createElement({ ...seedInput, name: "一二三四五六七八九十" });
    expect(element.name).toBe("一二三四五六七八九十");
  });

  it("reports a non-zero envelope code as an error, even with HTTP 200", async () => {
    fake.injectFault({
      type: "status",
      status: 200,
      json: { code: 1201, message: "invalid parameter: element_name", request_id: "req-x" },
    });
    await expect(library.listElements({ source: "custom" })).rejects.toMatchObject({
      kind: "invalid_request",
      code: "1201",
      requestId: "req-x",
    });
    await expect(library.deleteElement("123")).rejects.toMatchObject({
      kind: "invalid_request",
      httpStatus: 400,
      code: "1201",
    });
  });
});
