/** A shot's place on the storyboard timeline. */
export type TimelineSegment = { id: string; index: number; start: number; duration: number; share: number };

export type Timeline = {
  segments: TimelineSegment[];
  sum: number;
  total: number;
  /** "short"/"over": the shots do not fill the video exactly, which the providers refuse. */
  status: "ok" | "short" | "over";
};

/** Each shot's share of the bar: of the video's length, or of the shots' sum when they overrun it. */
export function storyboardTimeline(shots: readonly { id: string; duration: number }[], total: number): Timeline {
  const sum = shots.reduce((seconds, shot) => seconds + Math.max(0, shot.duration), 0);
  const scale = Math.max(sum, total, 1);
  let start = 0;
  const segments = shots.map((shot, index) => {
    const duration = Math.max(0, shot.duration);
    const segment = { id: shot.id, index, start, duration, share: duration / scale };
    start += duration;
    return segment;
  });
  return { segments, sum, total, status: sum === total ? "ok" : sum < total ? "short" : "over" };
}

/** `total` seconds cut into `count` whole-second shots, the longer ones first (5 into 2 → 3, 2). */
export function splitEvenly(total: number, count: number): number[] {
  const base = Math.floor(total / count);
  return Array.from({ length: count }, (_, index) => base + (index < total % count ? 1 : 0));
}

/** A new shot takes the seconds still unused, or one second when none are left. */
export function durationForNewShot(shots: readonly { duration: number }[], total: number): number {
  const used = shots.reduce((seconds, shot) => seconds + shot.duration, 0);
  return Math.max(1, total - used);
}

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return [...items];
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as T);
  return next;
}

/**
 * Shots rescaled to a new total in proportion to their lengths, in whole seconds, none shorter than
 * `minimum` (largest remainders get the spare seconds). When even `minimum` each does not fit, every
 * shot gets `minimum` and the sum stays over the total, for the form to report.
 */
export function rescaleDurations(durations: readonly number[], total: number, minimum = 1): number[] {
  if (durations.length === 0) return [];
  const sum = durations.reduce((seconds, duration) => seconds + Math.max(0, duration), 0);
  if (sum <= 0) return splitEvenly(total, durations.length).map((duration) => Math.max(minimum, duration));
  const exact = durations.map((duration) => (Math.max(0, duration) * total) / sum);
  const result = exact.map((value) => Math.max(minimum, Math.floor(value)));
  let spare = total - result.reduce((seconds, duration) => seconds + duration, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let turn = 0; spare > 0; turn++) {
    result[byRemainder[turn % byRemainder.length]!.index]! += 1;
    spare -= 1;
  }
  // Over by the minimums: take back from the longest shots first.
  while (spare < 0) {
    const longest = result.indexOf(Math.max(...result));
    if (result[longest]! <= minimum) break;
    result[longest]! -= 1;
    spare += 1;
  }
  return result;
}
