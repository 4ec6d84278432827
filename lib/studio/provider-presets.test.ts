import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProviderRegistry, loadProvidersConfig } from "@/lib/providers/server";
import { startFakeKlingGateway, type FakeKlingGateway } from "@/lib/providers/testing/fake-kling-gateway";
import type { TaskEngine } from "@/lib/tasks/engine";
import { loadProviderPresets } from "./provider-presets";

let gateway: FakeKlingGateway;

beforeAll(async () => {
  gateway = await startFakeKlingGateway({ apiKey: "presets-key" });
});

afterAll(async () => {
  await gateway.close();
});

function engineWith(env: Record<string, string>) {
  const providersConfig = loadProvidersConfig(env);
  return { providersConfig, registry: createProviderRegistry(providersConfig) } as unknown as TaskEngine;
}

describe("provider presets for the element picker", () => {
  it("lists the official presets of an available provider with an element library, as the provider numbers them", async () => {
    const presets = await loadProviderPresets(
      engineWith({ KLING_GATEWAY_API_KEY: "presets-key", KLING_GATEWAY_BASE_URL: gateway.url }),
    );
    expect(presets.length).toBeGreaterThan(0);
    expect(presets[0]).toMatchObject({
      provider: "kling-gateway",
      preset: true,
      providerElementId: expect.stringMatching(/^\d+$/),
    });
    expect(gateway.requests.some((request) => request.path === "/v1/elements/presets")).toBe(true);
  });

  it("asks no provider that is not configured", async () => {
    const before = gateway.requests.length;
    expect(await loadProviderPresets(engineWith({}))).toEqual([]);
    expect(gateway.requests.length).toBe(before);
  });
});
