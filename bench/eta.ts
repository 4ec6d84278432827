/**
 * npm run bench:eta — how far the progress estimate is from the truth, over a run of generations.
 *
 * Simulated timings: each generation waits for a worker, is sent, spends the provider's time
 * (queue and render, longer for longer and higher-quality videos and when several render at
 * once), is noticed by the worker's real poll policy (lib/tasks/poll-policy.ts) and is stored.
 * The estimate is the studio's own (lib/tasks/eta.ts), learned from the last fifty finished
 * generations of the same kind, as lib/tasks/duration-estimate.ts reads them from PostgreSQL.
 * Errors are |estimate − actual| / actual, counted once 20 similar generations are known: at
 * submission, and again halfway through (the estimate given that half the time has passed).
 *
 * Settings (environment): RUNS=80 (generations per kind)  SEED=7
 */
import { expectedTotalMs, spreadOf, type EtaBasis } from "@/lib/tasks/eta";
import { DEFAULT_POLL_POLICY, nextPollDelayMs, type DurationEstimate } from "@/lib/tasks/poll-policy";
import { seededRandom, standardNormal } from "./lib/random";

const RUNS = Number(process.env.RUNS ?? 80);
const SEED = Number(process.env.SEED ?? 7);
const RECENT = 50;
const MIN_KNOWN = 20;
const TARGET = 0.25;

type Profile = {
  name: string;
  /** The provider's own time for a 5-second standard video, before noise. */
  providerMs: (seconds: number, quality: string, busy: number) => number;
  /** Spread of every stage (log-normal sigma). */
  sigma: number;
  /** What the studio promised before it learned (the provider's typical duration), for comparison. */
  typicalMs: number;
};

const PROFILES: Profile[] = [
  {
    // The built-in simulator: 1.5 s queued, 6 s running, then an ffmpeg render that slows when several run at once.
    name: "simulator",
    providerMs: (seconds, quality, busy) => 7_500 + seconds * 300 * (quality === "pro" ? 1.6 : 1) * (1 + 0.4 * busy),
    sigma: 0.12,
    typicalMs: 7_500,
  },
  {
    // A remote provider in the range DashScope's documentation gives (1 to 5 minutes).
    name: "remote provider",
    providerMs: (seconds, quality) => (60_000 + seconds * 9_000) * (quality === "pro" ? 1.3 : 1),
    sigma: 0.15,
    typicalMs: 120_000,
  },
];

const KINDS = [5, 10].flatMap((seconds) => ["std", "pro"].map((quality) => ({ seconds, quality })));

type Past = { totalMs: number; providerMs: number };

function quantile(sorted: number[], q: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** The worker's polling estimate, learned as duration-estimate.ts learns it. */
function pollEstimate(history: Past[], fallbackMs: number): DurationEstimate {
  if (history.length < 5)
    return { expectedMs: fallbackMs, earliestMs: fallbackMs * 0.4, latestMs: fallbackMs * 2.5, samples: 0 };
  const sorted = history.map((past) => past.providerMs).sort((a, b) => a - b);
  return {
    earliestMs: quantile(sorted, 0.1) * 0.9,
    expectedMs: quantile(sorted, 0.5),
    latestMs: quantile(sorted, 0.9) * 1.1,
    samples: sorted.length,
  };
}

/** When the worker first asks after the provider finished: its poll policy, stepped from submission. */
function noticedAtMs(finishedMs: number, estimate: DurationEstimate): number {
  let at = 0;
  while (at < finishedMs) at += nextPollDelayMs(estimate, at, DEFAULT_POLL_POLICY);
  return at;
}

function summary(errors: number[]) {
  const sorted = [...errors].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9) };
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`.padStart(8);

function runProfile(profile: Profile, random: () => number) {
  const noise = () => Math.exp(profile.sigma * standardNormal(random));
  const atSubmit: number[] = [];
  const atHalf: number[] = [];
  const before: number[] = [];
  for (const kind of KINDS) {
    const history: Past[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      // 0 to 3 others rendering at the same time.
      const busy = Math.floor(random() * 4);
      const providerMs = profile.providerMs(kind.seconds, kind.quality, busy) * noise();
      const waitMs = (200 + 400 * busy) * noise();
      const storeMs = (400 + kind.seconds * 80) * noise();
      const polling = pollEstimate(history.slice(-RECENT), profile.typicalMs);
      const actualMs = waitMs + noticedAtMs(providerMs, polling) + storeMs;
      if (history.length >= MIN_KNOWN) {
        const basis: EtaBasis = {
          spread: spreadOf(history.slice(-RECENT).map((past) => past.totalMs)),
          samples: history.length,
        };
        atSubmit.push(Math.abs(expectedTotalMs(basis, 0) - actualMs) / actualMs);
        atHalf.push(Math.abs(expectedTotalMs(basis, actualMs / 2) - actualMs) / actualMs);
        before.push(Math.abs(profile.typicalMs - actualMs) / actualMs);
      }
      history.push({ totalMs: actualMs, providerMs });
    }
  }
  return { measured: atSubmit.length, atSubmit: summary(atSubmit), atHalf: summary(atHalf), before: summary(before) };
}

console.log(
  `bench:eta — ${RUNS} generations per kind (${KINDS.length} kinds: 5/10 s × std/pro), errors once ${MIN_KNOWN} similar are known\n`,
);
console.log(
  `${"profile".padEnd(18)}${"measured".padStart(9)}   ${"submit median".padStart(13)} ${"submit p90".padStart(10)}   ${"half median".padStart(11)} ${"half p90".padStart(9)}   ${"old p90".padStart(8)}`,
);
let met = true;
PROFILES.forEach((profile, index) => {
  const result = runProfile(profile, seededRandom(SEED + index));
  met &&= result.atSubmit.p90 <= TARGET;
  console.log(
    `${profile.name.padEnd(18)}${String(result.measured).padStart(9)}   ${percent(result.atSubmit.median).padStart(13)} ${percent(result.atSubmit.p90).padStart(10)}   ${percent(result.atHalf.median).padStart(11)} ${percent(result.atHalf.p90).padStart(9)}   ${percent(result.before.p90)}`,
  );
});
console.log(
  `\nTarget: p90 error at submission within ${TARGET * 100} % of the actual duration — ${met ? "met" : "NOT met"}.`,
);
console.log("old p90: the estimate before it was learned end to end (the provider's typical duration alone).");
