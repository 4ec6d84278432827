import { describe, expect, it } from "vitest";
import { loadProvidersConfig } from "./config";
import { PROVIDERS } from "./ids";
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
});
