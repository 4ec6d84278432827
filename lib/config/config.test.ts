import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkedConfig, ConfigError, loadConfig } from "./index";

describe("the configuration", () => {
  it("has a working default for every section when nothing is set", () => {
    const { config, problems } = loadConfig({});
    expect(problems).toEqual([]);
    expect(config.server).toMatchObject({
      databaseUrl: undefined,
      port: 3000,
      publicUrl: "http://localhost:3000",
      publicUrlConfigured: false,
      dataDir: path.resolve(".data"),
      trustedProxies: [],
    });
    expect(config.auth).toEqual({ secret: undefined, signup: "open", rateLimit: true, apiRequestsPerMinute: 60 });
    expect(config.webhooks).toEqual({ privateNetworks: [], retrySeconds: 10, attempts: 16 });
    expect(config.storage).toEqual({ STORAGE_DRIVER: "local" });
    expect(config.queue).toEqual({
      stepTimeoutSeconds: 300,
      maintenanceIntervalSeconds: 30,
      workerConcurrency: 8,
      circuitFailures: 5,
      circuitOpenSeconds: 30,
    });
    expect(config.simulator.renderScale).toBe("preview");
    expect(config.media.privateNetworks).toEqual([]);
    expect(config.prices).toEqual({ currency: "USD", perSecond: {} });
    expect(config.providers.dashscope.baseUrl).toBe("https://dashscope.aliyuncs.com");
  });

  it("reads each section from the variables it is given", () => {
    const { config, problems } = loadConfig({
      PORT: "8080",
      PUBLIC_URL: "https://studio.example.com/",
      TRUSTED_PROXIES: "loopback, 10.0.0.0/8",
      WORKER_CONCURRENCY: "2",
      DASHSCOPE_QUERY_RPS: "5",
      STORAGE_DRIVER: "s3",
      S3_BUCKET: "media",
      S3_REGION: "auto",
      PRICE_DASHSCOPE_PRO_AUDIO: "0.21",
      PRICE_CURRENCY: "CNY",
    });
    expect(problems).toEqual([]);
    expect(config.server).toMatchObject({
      port: 8080,
      publicUrl: "https://studio.example.com",
      publicUrlConfigured: true,
    });
    expect(config.server.trustedProxies).toEqual(["loopback", "10.0.0.0/8"]);
    // Reachable from elsewhere: sign-up is by invitation unless SIGNUP says otherwise.
    expect(config.auth.signup).toBe("invite");
    expect(config.queue.workerConcurrency).toBe(2);
    expect(config.providers.dashscope.queryRps).toBe(5);
    expect(config.storage).toMatchObject({ STORAGE_DRIVER: "s3", S3_BUCKET: "media" });
    expect(config.prices).toEqual({ currency: "CNY", perSecond: { "dashscope:pro:audio": 0.21 } });
  });

  it("names every unusable variable and its rule, across sections", () => {
    const { problems } = loadConfig({
      PORT: "eighty",
      DATABASE_URL: "mysql://db",
      AUTH_SECRET: "short",
      SIGNUP: "maybe",
      WORKER_CONCURRENCY: "0",
      WORKER_STEP_TIMEOUT_SECONDS: "soon",
      XCOMPUTE_BASE_URL: "xcompute.us",
      STORAGE_DRIVER: "gcs",
      SIMULATOR_QUEUED_MS: "-1",
      PRIVATE_MEDIA_NETWORKS: "intranet",
      TRUSTED_PROXIES: "the office",
      PRICE_DASHSCOPE_PRO: "free",
      PRICE_DASHSCOPE_ULTRA: "1",
    });
    expect(problems).toEqual([
      "PORT must be a positive integer (a TCP port)",
      "DATABASE_URL must be a postgresql:// URL",
      expect.stringMatching(/^TRUSTED_PROXIES is not valid/),
      "AUTH_SECRET must be at least 32 characters",
      "SIGNUP must be one of open, invite",
      "XCOMPUTE_BASE_URL must be an http(s) URL",
      'STORAGE_DRIVER must be "local" or "s3", not "gcs"',
      "WORKER_STEP_TIMEOUT_SECONDS must be a number of seconds ≥ 1",
      "WORKER_CONCURRENCY must be a positive integer (steps at once)",
      "SIMULATOR_QUEUED_MS must be a whole number of milliseconds (0 or more)",
      expect.stringContaining('"intranet"'),
      "PRICE_DASHSCOPE_PRO must be a price per second (a number, 0 or more)",
      expect.stringMatching(/^PRICE_DASHSCOPE_ULTRA names no provider and quality/),
    ]);
  });

  it("counts blank values as unset", () => {
    expect(loadConfig({ PORT: " ", WORKER_CONCURRENCY: "", SIGNUP: "" }).problems).toEqual([]);
  });

  it("refuses to hand out a configuration with problems, listing them all", () => {
    expect(() => checkedConfig({ PORT: "0", SIGNUP: "sometimes" })).toThrow(ConfigError);
    expect(() => checkedConfig({ PORT: "0", SIGNUP: "sometimes" })).toThrow(
      "The configuration has 2 problems:\n- PORT must be a positive integer (a TCP port)\n- SIGNUP must be one of open, invite",
    );
    expect(checkedConfig({ SIGNUP: "invite" }).auth.signup).toBe("invite");
  });
});
