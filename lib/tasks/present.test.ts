import { describe, expect, it } from "vitest";
import { presentGeneration, type GenerationWithDetails } from "./present";

const base64 = `data:image/png;base64,${"A".repeat(400_000)}`;

function generation(request: unknown): GenerationWithDetails {
  const at = new Date("2026-12-01T10:00:00Z");
  return {
    id: "7d444840-9dc0-11d1-b245-5ffdce74fad2",
    status: "succeeded",
    provider: "simulator",
    model: "kling-simulator",
    mode: "first_frame",
    request,
    createdAt: at,
    submittedAt: at,
    finishedAt: at,
    updatedAt: at,
    estimate: null,
    error: null,
    result: null,
    events: [],
    assets: [],
  } as unknown as GenerationWithDetails;
}

describe("presentGeneration", () => {
  it("names inline media instead of repeating megabytes on every poll", () => {
    const view = presentGeneration(
      generation({
        prompt: "p",
        media: [
          { role: "first_frame", url: base64 },
          { role: "refer", url: "https://cdn.test/a.png" },
        ],
        elements: [{ id: "e", imageUrls: [base64, "asset:x"] }],
      }),
    );
    const request = view.request as { prompt: string; media: { url: string }[]; elements: { imageUrls: string[] }[] };
    expect(request.prompt).toBe("p");
    expect(request.media[0]!.url).toBe("data:image/png;base64,… (293 KB, not repeated here)");
    expect(request.media[1]!.url).toBe("https://cdn.test/a.png");
    expect(request.elements[0]!.imageUrls).toEqual(["data:image/png;base64,… (293 KB, not repeated here)", "asset:x"]);
    expect(JSON.stringify(view).length).toBeLessThan(5_000);
  });

  it("says whether the provider bills, so canceling asks first for real providers only", () => {
    const base = generation({ prompt: "p" });
    expect(presentGeneration({ ...base, provider: "simulator" }).billed).toBe(false);
    expect(presentGeneration({ ...base, provider: "dashscope" }).billed).toBe(true);
    expect(presentGeneration({ ...base, provider: "retired-provider" }).billed).toBe(true);
  });
});
