import "server-only";
import type PgBoss from "pg-boss";
import { createTaskEngine, type TaskEngine } from "./engine";
import { GENERATION_STEP_QUEUE, openQueue, queueSettingsFromEnv, SWEEP_QUEUE, type StepJob } from "./queue";
import { backfillSearchTerms } from "@/lib/gallery/search-backfill";
import { runStep } from "./step";
import { sweepStalledGenerations } from "./sweep";

export type WorkerHandle = { engine: TaskEngine; stop: () => Promise<void> };

/** More work the worker's queue carries beside generations (the element library's syncs), started with it. */
export type ExtraJobs = (boss: PgBoss, engine: TaskEngine) => Promise<void>;

/**
 * Starts a worker: several of them (in several processes) may share one database. Each takes
 * step jobs from the queue; pg-boss hands a job to one worker at a time and retries it when the
 * worker dies (after the step timeout).
 */
export async function startWorker(
  { databaseUrl, concurrency, jobs = [] }: { databaseUrl: string; concurrency?: number; jobs?: ExtraJobs[] },
  dependencies: () => Promise<Omit<Parameters<typeof createTaskEngine>[0], "boss">>,
): Promise<WorkerHandle> {
  const settings = queueSettingsFromEnv();
  concurrency ??= settings.workerConcurrency;
  const boss: PgBoss = await openQueue(databaseUrl, settings, { supervise: true });
  const engine = createTaskEngine({ ...(await dependencies()), boss });
  const stepTimeoutMs = settings.stepTimeoutSeconds * 1000;

  for (let i = 0; i < concurrency; i++) {
    await boss.work<StepJob>(GENERATION_STEP_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
      if (job) await runStep(engine, job.data, stepTimeoutMs);
    });
  }
  for (const work of jobs) await work(boss, engine);
  await boss.work(SWEEP_QUEUE, async () => {
    await sweepStalledGenerations(engine, 2 * stepTimeoutMs);
  });
  await boss.schedule(SWEEP_QUEUE, "* * * * *");
  // Right away too: a restart after a crash should not wait a minute to pick up strays.
  await sweepStalledGenerations(engine, stepTimeoutMs);
  // Generations stored before prompt search existed become searchable (in the background: it never delays work).
  void backfillSearchTerms(engine.prisma).catch((error: unknown) => console.error("[search backfill]", error));

  return {
    engine,
    stop: async () => {
      // Within the launcher's grace period; a step cut short is taken over later (nothing is lost).
      await boss.stop({ graceful: true, timeout: 4_000, wait: true });
    },
  };
}
