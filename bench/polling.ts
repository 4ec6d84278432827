/**
 * npm run bench:polling — how the studio's adaptive polling compares with fixed 15-second polling
 * (as DashScope's API reference suggests) for many tasks in flight under one provider's query budget.
 *
 * Real HTTP against the fake DashScope server, through the real DashScope adapter, the worker's
 * poll policy (lib/tasks/poll-policy.ts) and its slot reservations (lib/tasks/query-budget.ts, the
 * in-memory twin of the PostgreSQL one). Time is compressed by SCALE: a simulated second lasts
 * 1/SCALE real seconds, and every figure is printed in simulated units.
 *
 * The `batched` scheme asks about up to 50 tasks in one query (Kling's /tasks, through the fake Kling and the
 * real Kling adapter), as the task engine does where a provider offers it (lib/tasks/batch-query.ts).
 *
 * Settings (environment): TASKS=100,1000,5000  SCHEMES=adaptive,fixed,batched  BUDGET=20  SCALE=5  MEAN_S=120
 * SD_S=25  QUEUED_S=5
 */
import { createDashScopeAdapter } from "@/lib/providers/server";
import { fakeTaskFinishedAt, startFakeDashScope } from "@/lib/providers/testing/fake-dashscope";
import {
  DEFAULT_POLL_POLICY,
  nextPollDelayMs,
  retryDelayMs,
  slotHorizonMs,
  type DurationEstimate,
} from "@/lib/tasks/poll-policy";
import { acquireQuerySlot, BUDGET_SAFETY, memoryQueryBudget } from "@/lib/tasks/query-budget";
import { runBatched } from "./lib/batched-polling";
import { seededRandom } from "./lib/random";

const TASKS = (process.env.TASKS ?? "100,1000,5000").split(",").map(Number);
const SCHEMES = (process.env.SCHEMES ?? "adaptive,fixed,batched").split(",");
const BUDGET = Number(process.env.BUDGET ?? 20);
const SCALE = Number(process.env.SCALE ?? 5);
const MEAN_MS = Number(process.env.MEAN_S ?? 120) * 1000;
const SD_MS = Number(process.env.SD_S ?? 25) * 1000;
const QUEUED_MS = Number(process.env.QUEUED_S ?? 5) * 1000;
const FIXED_INTERVAL_MS = 15_000;

function normal(next: () => number) {
  return () => {
    const u = Math.max(next(), 1e-9);
    const v = next();
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return Math.min(4 * MEAN_MS, Math.max(MEAN_MS / 3, MEAN_MS + z * SD_MS));
  };
}

function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** What the worker would have learned from fifty earlier tasks of the same kind (duration-estimate.ts). */
function learnedEstimate(draw: () => number): DurationEstimate {
  const samples = Array.from({ length: 50 }, () => QUEUED_MS + draw()).sort((a, b) => a - b);
  return {
    earliestMs: percentile(samples, 0.1) * 0.9,
    expectedMs: percentile(samples, 0.5),
    latestMs: percentile(samples, 0.9) * 1.1,
    samples: 50,
  };
}

type Scheme = "adaptive" | "fixed 15 s" | "batched";

/** Highest number of queries the provider received in any window of one simulated second, and per task. */
function figures(requestTimes: number[], delays: number[], tasks: number) {
  const times = [...requestTimes].sort((a, b) => a - b);
  const windowMs = 1000 / SCALE;
  let maxRate = 0;
  for (let start = 0, end = 0; end < times.length; end++) {
    while (times[end]! - times[start]! >= windowMs) start++;
    maxRate = Math.max(maxRate, end - start + 1);
  }
  const sorted = [...delays].sort((a, b) => a - b);
  return {
    maxRate,
    queriesPerTask: times.length / tasks,
    p50: percentile(sorted, 0.5) / 1000,
    p95: percentile(sorted, 0.95) / 1000,
  };
}

async function run(tasks: number, scheme: Scheme) {
  if (scheme === "batched") {
    const { times, delays } = await runBatched({
      tasks,
      budget: BUDGET,
      scale: SCALE,
      queuedMs: QUEUED_MS,
      draw: normal(seededRandom(tasks)),
      estimate: learnedEstimate(normal(seededRandom(tasks + 1))),
    });
    return figures(times, delays, tasks);
  }
  const draw = normal(seededRandom(tasks));
  const progression = { by: "time" as const, queuedMs: QUEUED_MS / SCALE, runningMs: MEAN_MS / SCALE };
  const fake = await startFakeDashScope({ apiKey: "bench", progression, runningMsOf: () => draw() / SCALE });
  const adapter = createDashScopeAdapter({
    apiKey: "bench",
    baseUrl: fake.url,
    timeoutMs: 30_000,
    retry: { maxRetries: 0 },
  });
  const budget = memoryQueryBudget();
  const estimate = learnedEstimate(normal(seededRandom(tasks + 1)));
  const rate = BUDGET * SCALE * BUDGET_SAFETY;
  const delays: number[] = [];

  const submitted = await Promise.all(
    Array.from({ length: tasks }, () =>
      adapter.submit({
        provider: "dashscope",
        model: "kling/kling-v3-video-generation",
        mode: "text",
        prompt: "bench",
        aspectRatio: "16:9",
        duration: 5,
      }),
    ),
  );
  fake.requests.length = 0;

  await Promise.all(
    submitted.map(
      ({ providerTaskId }) =>
        new Promise<void>((resolve) => {
          const submittedAt = Date.now();
          let failures = 0;
          const schedule = (simMs: number) => setTimeout(poll, simMs / SCALE);
          const poll = async () => {
            const elapsedSimMs = (Date.now() - submittedAt) * SCALE;
            // The fixed baseline books slots like the worker did before it learned to prioritise.
            const horizonSimMs = scheme === "adaptive" ? slotHorizonMs(estimate, elapsedSimMs) : 2_000;
            const slot = await acquireQuerySlot(budget, "dashscope", rate, horizonSimMs / SCALE);
            if (!slot.granted) return setTimeout(poll, slot.retryInMs);
            try {
              const task = await adapter.get(providerTaskId);
              failures = 0;
              if (task.status === "succeeded" || task.status === "failed") {
                const fakeTask = fake.tasks.get(providerTaskId)!;
                delays.push((Date.now() - fakeTaskFinishedAt(fakeTask, progression)) * SCALE);
                return resolve();
              }
            } catch {
              failures += 1;
              return schedule(retryDelayMs(failures, undefined));
            }
            schedule(
              scheme === "adaptive" ? nextPollDelayMs(estimate, elapsedSimMs, DEFAULT_POLL_POLICY) : FIXED_INTERVAL_MS,
            );
          };
          schedule(scheme === "adaptive" ? nextPollDelayMs(estimate, 0, DEFAULT_POLL_POLICY) : FIXED_INTERVAL_MS);
        }),
    ),
  );

  const times = fake.requests.filter((request) => request.method === "GET").map((request) => request.receivedAt);
  await fake.close();
  return figures(times, delays, tasks);
}

console.log(
  `Polling benchmark: budget ${BUDGET} queries/s, task durations ~N(${MEAN_MS / 1000} s, ${SD_MS / 1000} s) + ${QUEUED_MS / 1000} s queued, time compressed ×${SCALE}`,
);
console.log("tasks  scheme       max queries/s  queries/task  p50 delay  p95 delay");
for (const tasks of TASKS) {
  for (const scheme of (["adaptive", "fixed 15 s", "batched"] as const).filter((name) =>
    SCHEMES.includes(name.split(" ")[0]!),
  )) {
    const result = await run(tasks, scheme);
    console.log(
      `${String(tasks).padStart(5)}  ${scheme.padEnd(11)}  ${String(result.maxRate).padStart(13)}  ${result.queriesPerTask.toFixed(2).padStart(12)}  ${result.p50.toFixed(1).padStart(8)} s  ${result.p95.toFixed(1).padStart(8)} s`,
    );
  }
}
