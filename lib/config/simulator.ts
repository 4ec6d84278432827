import path from "node:path";
import type { Environment } from "./environment";
import { milliseconds, oneOf, variableReader, type Section } from "./variables";

/**
 * Outcomes the simulator can act out, so tests and demos reach every path of the task engine.
 * Chosen per request with `[simulate:<name>]` in the prompt (or a shot's prompt), else by the
 * adapter's `scenario` setting; "success" overrides a failing default for one request.
 */
export const SIMULATOR_SCENARIOS = [
  "success",
  // submit throws; nothing is recorded
  "rate_limited",
  "invalid_request",
  "insufficient_balance",
  "provider_unavailable",
  // submit records the task, then throws an outcome-unknown error (the create "timed out")
  "timeout",
  // the task runs, then ends this way instead of succeeding
  "content_rejected",
  "failed",
  "expired",
] as const;
export type SimulatorScenarioName = (typeof SIMULATOR_SCENARIOS)[number];

/** How long a simulated task stays in each phase before it is due to succeed. */
export type SimulatorTiming = { queuedMs: number; runningMs: number };

export type SimulatorSettings = {
  /** Where task files and renders live; shared by every process (web server and workers). */
  dataDir: string;
  timing: SimulatorTiming;
  /** Outcome for every request whose prompt names none with `[simulate:…]`. */
  scenario?: SimulatorScenarioName;
  /** "preview" renders small frames whatever the quality (fast); "full" the quality's real resolution. */
  renderScale: "preview" | "full";
  /** Limit for downloading an http(s) first frame before falling back to the gradient. */
  mediaFetchTimeoutMs: number;
  /** A render (first frame, video, watermarked copy, cover) that takes longer fails its task with the reason. */
  renderTimeoutMs: number;
};

// A few seconds, so the studio shows queued and running states without making people wait.
export const DEFAULT_SIMULATOR_TIMING: SimulatorTiming = { queuedMs: 1_500, runningMs: 6_000 };
export const DEFAULT_MEDIA_FETCH_TIMEOUT_MS = 10_000;
export const DEFAULT_RENDER_TIMEOUT_MS = 120_000;

export function simulatorDataDir(env: Environment): string {
  return path.resolve(env.DATA_DIR?.trim() || ".data", "simulator");
}

/**
 * The simulator section: DATA_DIR, SIMULATOR_QUEUED_MS, SIMULATOR_RUNNING_MS, SIMULATOR_SCENARIO,
 * SIMULATOR_RENDER_SCALE, SIMULATOR_RENDER_TIMEOUT_MS.
 */
export function readSimulatorSection(env: Environment): Section<SimulatorSettings> {
  const problems: string[] = [];
  const read = variableReader(env, problems);
  return {
    value: {
      dataDir: simulatorDataDir(env),
      timing: {
        queuedMs: read("SIMULATOR_QUEUED_MS", milliseconds, DEFAULT_SIMULATOR_TIMING.queuedMs),
        runningMs: read("SIMULATOR_RUNNING_MS", milliseconds, DEFAULT_SIMULATOR_TIMING.runningMs),
      },
      scenario: read("SIMULATOR_SCENARIO", oneOf(SIMULATOR_SCENARIOS), undefined),
      renderScale: read("SIMULATOR_RENDER_SCALE", oneOf(["preview", "full"]), "preview"),
      mediaFetchTimeoutMs: DEFAULT_MEDIA_FETCH_TIMEOUT_MS,
      // 0 means "no particular limit": the default then applies, so a render can never hang forever.
      renderTimeoutMs:
        read("SIMULATOR_RENDER_TIMEOUT_MS", milliseconds, DEFAULT_RENDER_TIMEOUT_MS) || DEFAULT_RENDER_TIMEOUT_MS,
    },
    problems,
  };
}
