/**
 * When to ask a provider about a task next. Pure: the worker and the polling benchmark share it.
 *
 * No query before the task can plausibly be done (the learned early end), then a steady cadence
 * through the window where most tasks of this kind finish, then a growing back-off for tasks that
 * run late. The cadence is what bounds the delay between a task finishing and the studio knowing.
 */
export type DurationEstimate = {
  /** Typical time from submission to the provider finishing. */
  expectedMs: number;
  /** Few tasks of this kind finish sooner. */
  earliestMs: number;
  /** Few finish later. */
  latestMs: number;
  /** How many past tasks the estimate comes from (0: a default). */
  samples: number;
};

export type PollPolicy = {
  /** Never ask more often than this for one task. */
  minIntervalMs: number;
  /** Never leave a task unasked longer than this. */
  maxIntervalMs: number;
  /** Cadence inside the likely window, i.e. the worst delay for a task that ends on time. */
  windowIntervalMs: number;
  /** How much longer each wait gets once a task runs past its likely end. */
  lateBackoff: number;
};

export const DEFAULT_POLL_POLICY: PollPolicy = {
  minIntervalMs: 2_000,
  maxIntervalMs: 60_000,
  windowIntervalMs: 8_000,
  lateBackoff: 1.5,
};

function clamp(value: number, min: number, max: number) {
  return Math.min(max, Math.max(min, value));
}

/** Milliseconds to wait before the next query, given how long the task has been at the provider. */
export function nextPollDelayMs(
  estimate: DurationEstimate,
  elapsedMs: number,
  policy: PollPolicy = DEFAULT_POLL_POLICY,
): number {
  const { minIntervalMs: min, maxIntervalMs: max } = policy;
  if (elapsedMs < estimate.earliestMs) return clamp(estimate.earliestMs - elapsedMs, min, max);
  // A window narrower than the cadence needs proportionally fewer queries.
  const cadence = clamp(Math.min(policy.windowIntervalMs, (estimate.latestMs - estimate.earliestMs) / 3), min, max);
  if (elapsedMs < estimate.latestMs) return cadence;
  const lateBy = elapsedMs - estimate.latestMs;
  // Each wait is a fraction of the time already overrun: geometric growth from the cadence.
  return clamp(Math.max(cadence, lateBy * (policy.lateBackoff - 1)), min, max);
}

/**
 * How far ahead a query may book a slot of the provider's budget. When the budget is saturated,
 * tasks that are likely finished (past their expected end) queue for a later slot while those
 * unlikely to be finished give way and come back: the queries spent are the ones that pay off.
 */
export function slotHorizonMs(
  estimate: DurationEstimate,
  elapsedMs: number,
  policy: PollPolicy = DEFAULT_POLL_POLICY,
): number {
  return elapsedMs >= estimate.expectedMs ? policy.maxIntervalMs / 4 : policy.minIntervalMs / 2;
}

/** When a waiting (rate-limited or failing) query should be tried again. */
export function retryDelayMs(
  attempt: number,
  retryAfterSeconds: number | undefined,
  policy: PollPolicy = DEFAULT_POLL_POLICY,
): number {
  if (retryAfterSeconds !== undefined)
    return clamp(retryAfterSeconds * 1000, policy.minIntervalMs, 10 * policy.maxIntervalMs);
  const base = policy.minIntervalMs * 2 ** Math.min(attempt, 10);
  // Jitter spreads the retries of many tasks that failed together.
  return clamp(base * (0.75 + Math.random() * 0.5), policy.minIntervalMs, policy.maxIntervalMs);
}
