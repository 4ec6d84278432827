import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_SIMULATOR_TIMING, loadSimulatorConfig } from "./config";

describe("simulator configuration", () => {
  it("defaults to a few seconds per phase under DATA_DIR", () => {
    expect(loadSimulatorConfig({})).toEqual({
      dataDir: path.resolve(".data", "simulator"),
      timing: DEFAULT_SIMULATOR_TIMING,
      scenario: undefined,
      renderScale: "preview",
      mediaFetchTimeoutMs: 10_000,
      mediaPolicy: { allowedNetworks: [] },
      renderTimeoutMs: 120_000,
      problems: [],
    });
  });

  it("reads its settings from the environment it is given", () => {
    const config = loadSimulatorConfig({
      DATA_DIR: "/srv/kling",
      SIMULATOR_QUEUED_MS: "0",
      SIMULATOR_RUNNING_MS: "250",
      SIMULATOR_SCENARIO: "rate_limited",
      SIMULATOR_RENDER_SCALE: "full",
    });
    expect(config).toMatchObject({
      dataDir: "/srv/kling/simulator",
      timing: { queuedMs: 0, runningMs: 250 },
      scenario: "rate_limited",
      renderScale: "full",
      problems: [],
    });
  });

  it("keeps the defaults for unusable values and says why", () => {
    const config = loadSimulatorConfig({
      SIMULATOR_QUEUED_MS: "soon",
      SIMULATOR_RUNNING_MS: "-5",
      SIMULATOR_SCENARIO: "explode",
      SIMULATOR_RENDER_SCALE: "huge",
    });
    expect(config).toMatchObject({ timing: DEFAULT_SIMULATOR_TIMING, scenario: undefined, renderScale: "preview" });
    expect(config.problems).toEqual([
      "SIMULATOR_QUEUED_MS must be a whole number of milliseconds (0 or more)",
      "SIMULATOR_RUNNING_MS must be a whole number of milliseconds (0 or more)",
      expect.stringMatching(/^SIMULATOR_SCENARIO must be one of success, rate_limited/),
      "SIMULATOR_RENDER_SCALE must be one of preview, full",
    ]);
  });

  it("reads the private networks it may fetch first frames from, naming entries it cannot read", () => {
    const config = loadSimulatorConfig({ PRIVATE_MEDIA_NETWORKS: "10.0.0.0/8, intranet" });
    expect(config.mediaPolicy).toEqual({ allowedNetworks: ["10.0.0.0/8"] });
    expect(config.problems).toEqual([expect.stringContaining('"intranet"')]);
  });
});
