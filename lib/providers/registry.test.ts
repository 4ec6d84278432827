import { describe, expect, it } from "vitest";
import { loadProvidersConfig } from "./config";
import { PROVIDERS } from "./ids";
import { mediaRulesFor } from "./capabilities";
import type { GenerationMode, GenerationRequest } from "./canonical";
import { createProviderRegistry, lookUpAdapter } from "./registry";

describe("the provider registry", () => {
  const config = loadProvidersConfig({ DASHSCOPE_API_KEY: "sk-test" });
  const registry = createProviderRegistry(config);

  it("holds an adapter for every provider", () => {
    for (const id of PROVIDERS) expect(registry[id].id).toBe(id);
  });

  it("looks an adapter up in one place, answering a violation on `provider` otherwise", () => {
    expect(lookUpAdapter(registry, config, "dashscope")).toMatchObject({ ok: true, adapter: { id: "dashscope" } });
    expect(lookUpAdapter(registry, config, "simulator")).toMatchObject({ ok: true });
    expect(lookUpAdapter(registry, config, "openai")).toMatchObject({
      ok: false,
      violation: { path: "provider", rule: "provider_unknown" },
    });
    expect(lookUpAdapter(registry, config, { $ne: 1 })).toMatchObject({
      ok: false,
      violation: { rule: "provider_unknown", message: "Choose a provider." },
    });
    expect(lookUpAdapter(registry, config, "xcompute")).toMatchObject({
      ok: false,
      violation: { rule: "provider_unavailable", message: expect.stringContaining("XCOMPUTE_API_KEY") },
    });
  });

  it("states provider differences as data: only the simulator runs in the studio, with its own cadence", () => {
    expect(PROVIDERS.filter((id) => registry[id].capabilities.runsInStudio)).toEqual(["simulator"]);
    expect(registry.simulator.capabilities.polling).toMatchObject({
      maxQueriesPerSecond: 50,
      cadence: { minIntervalMs: 500 },
    });
    expect(registry.simulator.capabilities.typicalDuration?.expectedMs).toBeGreaterThan(0);
    expect(registry.dashscope.capabilities.typicalDuration).toBeUndefined();
  });

  it("states every provider's media rules per mode as data, and its validator enforces the same limits", () => {
    const inMode = (id: (typeof PROVIDERS)[number], mode: GenerationMode) =>
      mediaRulesFor(registry[id].capabilities, mode);
    expect(inMode("kling-gateway", "motion_control").video?.maxBytes).toBe(100 * 1024 * 1024);
    expect(inMode("kling-gateway", "edit").video?.maxBytes).toBe(200 * 1024 * 1024);
    expect(inMode("simulator", "motion_control").actionSecondsByOrientation).toEqual({ image: 10, video: 30 });
    // Their documentation states no media limits: the provider checks.
    expect(inMode("v3-gateway", "first_frame")).toEqual({});
    expect(inMode("xcompute", "first_frame")).toEqual({});

    for (const id of ["simulator", "dashscope", "kling-gateway"] as const) {
      const rules = inMode(id, "first_frame").image!;
      const model = registry[id].capabilities.models.find((candidate) => candidate.modes.first_frame)!;
      const frame = (width: number): GenerationRequest => ({
        provider: id,
        model: model.model,
        mode: "first_frame",
        prompt: "a lighthouse",
        duration: 5,
        media: [{ role: "first_frame", url: "https://example.com/a.png", metadata: { width, height: 1000 } }],
        elements: [],
        voices: [],
      });
      const rulesBroken = (width: number) =>
        registry[id].validate(frame(width)).filter((violation) => violation.rule === "image_size");
      expect(rulesBroken(rules.minSide)).toEqual([]);
      expect(rulesBroken(rules.minSide - 1)).toEqual([
        expect.objectContaining({
          path: "media[0].metadata.width",
          message: expect.stringContaining(`${rules.minSide}`),
        }),
      ]);
    }
  });
});
