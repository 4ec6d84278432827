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

describe("the time a running generation shows", () => {
  // Ten similar generations took 10 to 19 seconds.
  const spread = [10_000, 10_900, 11_800, 12_700, 13_600, 14_500, 15_400, 16_300, 17_200, 18_100, 19_000];
  const running = (extra: Partial<GenerationWithDetails>) =>
    ({
      ...generation({ prompt: "p" }),
      status: "running",
      submitAttempts: 1,
      estimate: { expectedMs: 8_000, earliestMs: 5_000, latestMs: 12_000, samples: 10, eta: { spread, samples: 10 } },
      ...extra,
    }) as GenerationWithDetails;
  const createdAt = new Date("2026-12-01T10:00:00Z").getTime();

  it("expects the median of similar generations, counted from the click", () => {
    const { eta } = presentGeneration(running({}), createdAt + 5_000);
    expect(eta).toMatchObject({ state: "on_time", basedOnSamples: 10, ahead: null });
    expect(Date.parse(eta!.expectedAt!) - createdAt).toBeCloseTo(14_500, -2);
    expect(eta!.progress).toBeCloseTo(5_000 / 14_500, 2);
  });

  it("stops promising once it is slower than 9 in 10 similar ones, and gives the usual range", () => {
    const { eta } = presentGeneration(running({}), createdAt + 40_000);
    expect(eta).toMatchObject({
      state: "late",
      progress: null,
      expectedAt: null,
      usualLowMs: 10_900,
      usualHighMs: 18_100,
    });
  });

  it("says how many wait ahead while no worker has taken it", () => {
    const { eta } = presentGeneration(
      running({ status: "submitting", submitAttempts: 0, ahead: 3 }),
      createdAt + 1_000,
    );
    expect(eta?.ahead).toBe(3);
    expect(
      presentGeneration(running({ status: "submitting", submitAttempts: 1, ahead: 3 }), createdAt).eta?.ahead,
    ).toBe(null);
  });
});
