/**
 * How long a generation will take from the creator's click to its video being stored, as the
 * studio has measured generations like it: waiting for a worker, the create call, the provider's
 * queue and render, noticing the finish, and storing the files. Pure: the engine, the page and
 * `npm run bench:eta` share it.
 */

/** Deciles of past total durations (ms): [fastest, p10, p20, …, p90, slowest]. */
export type EtaSpread = readonly number[];

/** The estimate fixed when a generation is created, kept with it (the `eta` in its estimate JSON). */
export type EtaBasis = {
  spread: EtaSpread;
  /** How many similar generations it comes from (0: the provider's typical duration). */
  samples: number;
};

/** What the page shows at one moment. */
export type EtaReading =
  | { state: "on_time"; expectedTotalMs: number; progress: number }
  /** Past what 9 in 10 similar generations needed: no promise, just the usual range. */
  | { state: "late"; usualLowMs: number; usualHighMs: number };

const DECILES = 11;

function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

/** The deciles of a set of past durations. */
export function spreadOf(durationsMs: readonly number[]): EtaSpread {
  const sorted = [...durationsMs].sort((a, b) => a - b);
  return Array.from({ length: DECILES }, (_, index) => quantile(sorted, index / (DECILES - 1)));
}

/** Before anything similar has been measured: a spread around one typical duration. */
export function typicalSpread({
  earliestMs,
  expectedMs,
  latestMs,
}: {
  earliestMs: number;
  expectedMs: number;
  latestMs: number;
}): EtaSpread {
  return Array.from({ length: DECILES }, (_, index) => {
    const q = index / (DECILES - 1);
    return q <= 0.5
      ? earliestMs + (expectedMs - earliestMs) * (q / 0.5)
      : expectedMs + (latestMs - expectedMs) * ((q - 0.5) / 0.5);
  });
}

/** Share of past durations at or below `ms` (the spread's distribution, linear between deciles). */
function shareBelow(spread: EtaSpread, ms: number): number {
  if (ms <= spread[0]!) return 0;
  for (let index = 1; index < spread.length; index += 1) {
    const upper = spread[index]!;
    if (ms <= upper) {
      const lower = spread[index - 1]!;
      const within = upper === lower ? 1 : (ms - lower) / (upper - lower);
      return (index - 1 + within) / (spread.length - 1);
    }
  }
  return 1;
}

/** The duration below which `share` of past durations fell. */
function durationAt(spread: EtaSpread, share: number): number {
  return quantile(spread, Math.min(1, Math.max(0, share)));
}

/**
 * The expected total, given that `elapsedMs` have passed without a finish: the median of the
 * similar generations that took at least this long (at elapsed 0, the plain median).
 */
export function expectedTotalMs(basis: EtaBasis, elapsedMs: number): number {
  const waited = Math.max(0, elapsedMs);
  const already = shareBelow(basis.spread, waited);
  return Math.max(waited, durationAt(basis.spread, already + (1 - already) / 2));
}

/** What to show `elapsedMs` after creation. */
export function readEta(basis: EtaBasis, elapsedMs: number): EtaReading {
  const usualHighMs = durationAt(basis.spread, 0.9);
  if (elapsedMs > usualHighMs) return { state: "late", usualLowMs: durationAt(basis.spread, 0.1), usualHighMs };
  const total = expectedTotalMs(basis, elapsedMs);
  return { state: "on_time", expectedTotalMs: total, progress: total > 0 ? Math.min(1, elapsedMs / total) : 0 };
}
