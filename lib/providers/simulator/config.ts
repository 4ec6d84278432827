import path from "node:path";
import { parseAllowedNetworks, type AddressPolicy } from "@/lib/net/address-policy";
import { SIMULATOR_SCENARIOS, type SimulatorScenario } from "./scenarios";

/** How long a simulated task stays in each phase before it is due to succeed. */
export type SimulatorTiming = { queuedMs: number; runningMs: number };

export type SimulatorConfig = {
  /** Where task files and renders live; shared by every process (web server and workers). */
  dataDir: string;
  timing: SimulatorTiming;
  /** Outcome for every request whose prompt names none with `[simulate:…]`. */
  scenario?: SimulatorScenario;
  /** "preview" renders small frames whatever the quality (fast); "full" the quality's real resolution. */
  renderScale: "preview" | "full";
  /** Limit for downloading an http(s) first frame before falling back to the gradient. */
  mediaFetchTimeoutMs: number;
  /** Addresses the simulator may fetch a first frame from: public ones, plus PRIVATE_MEDIA_NETWORKS. */
  mediaPolicy: AddressPolicy;
  /** A render (first frame, video, watermarked copy, cover) that takes longer fails its task with the reason. */
  renderTimeoutMs: number;
  /** Settings that were present but unusable (their defaults are used instead). */
  problems: string[];
};

// A few seconds, so the studio shows queued and running states without making people wait.
export const DEFAULT_SIMULATOR_TIMING: SimulatorTiming = { queuedMs: 1_500, runningMs: 6_000 };
export const DEFAULT_MEDIA_FETCH_TIMEOUT_MS = 10_000;
export const DEFAULT_RENDER_TIMEOUT_MS = 120_000;

type Env = Record<string, string | undefined>;

export function defaultSimulatorDataDir(env: Env): string {
  return path.resolve(env.DATA_DIR?.trim() || ".data", "simulator");
}

/**
 * The simulator's settings from the environment: DATA_DIR, SIMULATOR_QUEUED_MS,
 * SIMULATOR_RUNNING_MS, SIMULATOR_SCENARIO, SIMULATOR_RENDER_SCALE, SIMULATOR_RENDER_TIMEOUT_MS.
 */
export function loadSimulatorConfig(env: Env = process.env): SimulatorConfig {
  const problems: string[] = [];
  const value = (name: string) => env[name]?.trim() || undefined;
  const milliseconds = (name: string, fallback: number) => {
    const text = value(name);
    if (text === undefined) return fallback;
    const parsed = Number(text);
    if (Number.isInteger(parsed) && parsed >= 0) return parsed;
    problems.push(`${name} must be a whole number of milliseconds (0 or more)`);
    return fallback;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[]): T | undefined => {
    const text = value(name);
    if (text === undefined || (allowed as readonly string[]).includes(text)) return text as T | undefined;
    problems.push(`${name} must be one of ${allowed.join(", ")}`);
    return undefined;
  };

  return {
    dataDir: defaultSimulatorDataDir(env),
    timing: {
      queuedMs: milliseconds("SIMULATOR_QUEUED_MS", DEFAULT_SIMULATOR_TIMING.queuedMs),
      runningMs: milliseconds("SIMULATOR_RUNNING_MS", DEFAULT_SIMULATOR_TIMING.runningMs),
    },
    scenario: oneOf("SIMULATOR_SCENARIO", SIMULATOR_SCENARIOS),
    renderScale: oneOf("SIMULATOR_RENDER_SCALE", ["preview", "full"] as const) ?? "preview",
    mediaFetchTimeoutMs: DEFAULT_MEDIA_FETCH_TIMEOUT_MS,
    mediaPolicy: mediaPolicyFrom(env, problems),
    renderTimeoutMs:
      milliseconds("SIMULATOR_RENDER_TIMEOUT_MS", DEFAULT_RENDER_TIMEOUT_MS) || DEFAULT_RENDER_TIMEOUT_MS,
    problems,
  };
}

function mediaPolicyFrom(env: Env, problems: string[]): AddressPolicy {
  const { networks, problems: invalid } = parseAllowedNetworks(env.PRIVATE_MEDIA_NETWORKS);
  problems.push(...invalid);
  return { allowedNetworks: networks };
}
