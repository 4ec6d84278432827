import { describe, expect, it } from "vitest";
import { DEFAULT_TIMEOUT_MS, loadProvidersConfig, providerAvailability } from "./config";
import { createProviderRegistry, getProviderAdapter, listProviders } from "./registry";

describe("provider configuration from the environment", () => {
  it("uses the provider documents' default base URLs and requires the gateways'", () => {
    const config = loadProvidersConfig({});
    expect(config.dashscope).toEqual({
      apiKey: undefined,
      baseUrl: "https://dashscope.aliyuncs.com",
      queryPath: undefined,
      timeoutMs: DEFAULT_TIMEOUT_MS,
      problems: [],
    });
    expect(config.xcompute.baseUrl).toBe("https://xcompute.us");
    expect(config["kling-gateway"].baseUrl).toBeUndefined();
    expect(config["v3-gateway"].baseUrl).toBeUndefined();
  });

  it("reads one block per provider", () => {
    const config = loadProvidersConfig({
      V3_GATEWAY_API_KEY: "sk-v3",
      V3_GATEWAY_BASE_URL: "https://gw.example.com/",
      V3_GATEWAY_QUERY_PATH: "/v1/video/generations/{id}",
      V3_GATEWAY_TIMEOUT_MS: "5000",
    });
    expect(config["v3-gateway"]).toEqual({
      apiKey: "sk-v3",
      baseUrl: "https://gw.example.com/",
      queryPath: "/v1/video/generations/{id}",
      timeoutMs: 5000,
      problems: [],
    });
  });

  it("explains why a provider is unavailable", () => {
    const config = loadProvidersConfig({
      KLING_GATEWAY_API_KEY: "k",
      XCOMPUTE_API_KEY: "k",
      XCOMPUTE_TIMEOUT_MS: "soon",
    });
    expect(providerAvailability(config, "simulator")).toEqual({ available: true });
    expect(providerAvailability(config, "dashscope")).toEqual({
      available: false,
      reason: "no API key configured (set DASHSCOPE_API_KEY)",
      missing: ["DASHSCOPE_API_KEY"],
    });
    expect(providerAvailability(config, "kling-gateway")).toEqual({
      available: false,
      reason: "no base URL configured (set KLING_GATEWAY_BASE_URL)",
      missing: ["KLING_GATEWAY_BASE_URL"],
    });
    expect(providerAvailability(config, "xcompute")).toEqual({
      available: false,
      reason: "XCOMPUTE_TIMEOUT_MS must be a positive integer (milliseconds)",
      // Another problem than unset variables: no list, the sentence says it.
      missing: [],
    });
  });
});

describe("Kling's sign-in", () => {
  it("takes an API key, or an access key and secret key together, and says so when neither is set", () => {
    const listing = (env: Record<string, string>) =>
      listProviders(loadProvidersConfig(env)).find((provider) => provider.id === "kling");
    expect(listing({ KLING_API_KEY: "key" })).toMatchObject({ available: true });
    expect(listing({ KLING_ACCESS_KEY: "ak", KLING_SECRET_KEY: "sk" })).toMatchObject({ available: true });
    expect(listing({ KLING_ACCESS_KEY: "ak" })).toMatchObject({
      available: false,
      reason: expect.stringMatching(/KLING_API_KEY, or KLING_ACCESS_KEY and KLING_SECRET_KEY/),
    });
    // The public default address outside mainland China.
    expect(loadProvidersConfig({}).kling.baseUrl).toBe("https://api-singapore.klingai.com");
    expect(loadProvidersConfig({ KLING_CONCURRENCY: "3" }).kling.concurrency).toBe(3);
    expect(loadProvidersConfig({ KLING_WEBHOOK_SECRET: "not-a-secret" }).kling.problems).toEqual([
      expect.stringMatching(/^KLING_WEBHOOK_SECRET must be/),
    ]);
  });
});

describe("provider registry", () => {
  it("lists every provider with availability and a reason", () => {
    const listing = listProviders(loadProvidersConfig({ DASHSCOPE_API_KEY: "sk" }));
    expect(listing.map((provider) => provider.id)).toEqual([
      "simulator",
      "dashscope",
      "kling-gateway",
      "v3-gateway",
      "xcompute",
      "kling",
    ]);
    expect(listing.find((provider) => provider.id === "dashscope")).toMatchObject({ available: true });
    expect(listing.find((provider) => provider.id === "xcompute")).toMatchObject({
      available: false,
      reason: expect.any(String),
    });
  });

  it("registers test doubles through the same registry", () => {
    const config = loadProvidersConfig({ DASHSCOPE_API_KEY: "sk" });
    const registry = createProviderRegistry(config, {
      dashscope: () => ({ ...createProviderRegistry(config).dashscope!, models: ["double"] }),
    });
    expect(registry.dashscope?.models).toEqual(["double"]);
    expect(getProviderAdapter(registry, config, "dashscope").models).toEqual(["double"]);
    expect(() => getProviderAdapter(registry, loadProvidersConfig({}), "dashscope")).toThrow(/DASHSCOPE_API_KEY/);
  });
});
