import { describe, expect, it } from "vitest";
import { GenerationRequestSchema, type GenerationRequestInput } from "../canonical";
import { createKlingGatewayAdapter } from "./adapter";
import { SEED_001_CASES } from "./seed-cases";
import { SEED_001_OMNI_REQUESTS } from "./seed-fixtures";
import { extendPrompt, toKlingGatewayBody, wireImage } from "./wire";

const adapter = createKlingGatewayAdapter({ baseUrl: "http://127.0.0.1:9", timeoutMs: 1000, problems: [] });
const wire = (request: GenerationRequestInput, extras?: Parameters<typeof toKlingGatewayBody>[1]) =>
  toKlingGatewayBody(GenerationRequestSchema.parse(request), extras);

describe("kling-gateway wire mapping round-trips every the Kling gateway's API reference example", () => {
  it.each(SEED_001_CASES.map((seedCase) => [seedCase.name, seedCase] as const))(
    "%s",
    (_name, { canonical, expected }) => {
      expect(wire(canonical)).toStrictEqual(expected);
      // The documentation's examples are valid requests.
      expect(adapter.validate(canonical)).toEqual([]);
    },
  );

  it("covers all 18 request examples, differing from the documentation only in example 2's numeric seconds", () => {
    expect(SEED_001_CASES).toHaveLength(18);
    const differing = SEED_001_CASES.filter((seedCase) => seedCase.seed !== seedCase.expected);
    expect(differing.map((seedCase) => [seedCase.seed.seconds, seedCase.expected.seconds])).toEqual([[5, "5"]]);
  });
});

describe("kling-gateway wire details", () => {
  const text: GenerationRequestInput = {
    provider: "kling-gateway",
    model: "Kling-V2.6",
    mode: "text",
    prompt: "a cat",
  };

  it("sends the idempotency key as external_task_id and the callback URL", () => {
    expect(wire(text, { idempotencyKey: "gen-42", callbackUrl: "https://app.test/hooks/kling" })).toStrictEqual({
      model: "Kling-V2.6",
      prompt: "a cat",
      external_task_id: "gen-42",
      callback_url: "https://app.test/hooks/kling",
    });
  });

  it("sends only what was chosen, so the gateway's defaults apply", () => {
    expect(wire(text)).toStrictEqual({ model: "Kling-V2.6", prompt: "a cat" });
    expect(wire({ ...text, audio: false, negativePrompt: "blur", duration: 10 })).toStrictEqual({
      model: "Kling-V2.6",
      prompt: "a cat",
      sound: "off",
      negative_prompt: "blur",
      seconds: "10",
    });
  });

  it("writes the extension's direction into the prompt, in the documentation's words", () => {
    const extend = {
      ...(SEED_001_CASES.find((seedCase) => seedCase.name === "O1 extend (next shot)")
        ?.canonical as GenerationRequestInput),
    };
    expect(wire({ ...extend, prompt: undefined })).toStrictEqual(SEED_001_OMNI_REQUESTS.extendNext);
    expect(wire({ ...extend, extendDirection: "previous", prompt: undefined })).toMatchObject({
      prompt: "基于<<<video_1>>>,生成上一个镜头",
    });
    expect(extendPrompt("雨停了", "next")).toBe("基于<<<video_1>>>,生成下一个镜头:雨停了");
    expect(extendPrompt("the previous shot of <<<video_1>>>", "previous")).toBe("the previous shot of <<<video_1>>>");
  });

  it("sends Base64 images without the data: prefix", () => {
    expect(wireImage("data:image/png;base64,iVBORw0K\nGgo=")).toBe("iVBORw0KGgo=");
    expect(wireImage("https://media.test/a.png")).toBe("https://media.test/a.png");
    const body = wire({
      provider: "kling-gateway",
      model: "Kling-Video-O1",
      mode: "first_last",
      prompt: "turn",
      media: [
        { role: "first_frame", url: "data:image/png;base64,AAAA" },
        { role: "last_frame", url: "https://media.test/b.png" },
      ],
    });
    expect(body).toStrictEqual({
      model: "Kling-Video-O1",
      prompt: "turn",
      first_frame_url: "AAAA",
      last_frame_url: "https://media.test/b.png",
    });
  });

  it("keeps element ids above 2^53 exact, as strings", () => {
    const body = wire({
      provider: "kling-gateway",
      model: "Kling-Video-O1",
      mode: "reference",
      prompt: "<<<element_1>>>",
      elements: [{ id: "9007199254740993123" }],
      aspectRatio: "1:1",
    });
    expect(body).toMatchObject({ element_list: [{ element_id: "9007199254740993123" }] });
  });
});
