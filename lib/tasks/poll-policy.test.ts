import { describe, expect, it } from "vitest";
import {
  DEFAULT_POLL_POLICY,
  nextPollDelayMs,
  retryDelayMs,
  slotHorizonMs,
  type DurationEstimate,
} from "./poll-policy";

const estimate: DurationEstimate = { earliestMs: 90_000, expectedMs: 120_000, latestMs: 160_000, samples: 50 };

describe("poll policy", () => {
  it("does not ask before the task can plausibly be done", () => {
    // Ninety seconds away, but never unasked for longer than the maximum interval.
    expect(nextPollDelayMs(estimate, 0)).toBe(DEFAULT_POLL_POLICY.maxIntervalMs);
    expect(nextPollDelayMs(estimate, 80_000)).toBe(10_000);
  });

  it("asks at a steady cadence through the likely window", () => {
    expect(nextPollDelayMs(estimate, 95_000)).toBe(DEFAULT_POLL_POLICY.windowIntervalMs);
    expect(nextPollDelayMs(estimate, 150_000)).toBe(DEFAULT_POLL_POLICY.windowIntervalMs);
  });

  it("backs off for tasks running late, up to the maximum", () => {
    const a = nextPollDelayMs(estimate, 200_000);
    const b = nextPollDelayMs(estimate, 300_000);
    expect(b).toBeGreaterThan(a);
    expect(nextPollDelayMs(estimate, 10_000_000)).toBe(DEFAULT_POLL_POLICY.maxIntervalMs);
  });

  it("never asks more often than the minimum, even for a narrow window", () => {
    const narrow = { earliestMs: 1_000, expectedMs: 1_100, latestMs: 1_200, samples: 10 };
    expect(nextPollDelayMs(narrow, 1_050)).toBe(DEFAULT_POLL_POLICY.minIntervalMs);
  });

  it("honours Retry-After and otherwise backs off with jitter", () => {
    expect(retryDelayMs(0, 7)).toBe(7_000);
    for (let attempt = 0; attempt < 12; attempt++) {
      const delay = retryDelayMs(attempt, undefined);
      expect(delay).toBeGreaterThanOrEqual(DEFAULT_POLL_POLICY.minIntervalMs);
      expect(delay).toBeLessThanOrEqual(DEFAULT_POLL_POLICY.maxIntervalMs);
    }
  });

  it("lets likely-finished tasks book further ahead than early ones", () => {
    expect(slotHorizonMs(estimate, 130_000)).toBeGreaterThan(slotHorizonMs(estimate, 100_000));
  });
});
