import PgBoss from "pg-boss";
import { currentEnvironment, type Environment } from "@/lib/config/environment";
import { readQueueSection, type QueueSettings } from "@/lib/config/queue";

/**
 * The durable job queue (pg-boss, in PostgreSQL). One job advances one generation by one step;
 * the step schedules the next. A job whose worker dies is retried once it expires.
 */
export const GENERATION_STEP_QUEUE = "generation-step";
export const SWEEP_QUEUE = "generation-sweep";

/** What a job does: send the create, ask the provider, or store the result. */
export type StepPhase = "submit" | "poll" | "store";
export type StepJob = {
  generationId: string;
  phase: StepPhase;
  /** A nudge (provider callback) that must not wait for the scheduled job. */ now?: boolean;
};

export type { QueueSettings } from "@/lib/config/queue";

/** The queue section of the configuration (lib/config); an unusable value stops the caller, naming it. */
export function queueSettingsFromEnv(env: Environment = currentEnvironment()): QueueSettings {
  const { value, problems } = readQueueSection(env);
  if (problems.length) throw new Error(problems.join("; "));
  return value;
}

export async function openQueue(
  databaseUrl: string,
  settings: QueueSettings,
  { supervise }: { supervise: boolean },
): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    max: 4,
    supervise,
    schedule: supervise,
    maintenanceIntervalSeconds: settings.maintenanceIntervalSeconds,
  });
  boss.on("error", (error: Error & { code?: string }) => {
    // 57P01 admin_shutdown: the database is stopping (npm start's Ctrl-C reaches it too); jobs resume on the next start.
    if (error.code === "57P01") return console.warn("[queue] the database is shutting down");
    console.error("[queue]", error);
  });
  await boss.start();
  await boss.createQueue(GENERATION_STEP_QUEUE, {
    name: GENERATION_STEP_QUEUE,
    // "short": at most one waiting job per generation, so repeated nudges never pile up.
    policy: "short",
    expireInSeconds: settings.stepTimeoutSeconds,
    retryLimit: 20,
    retryDelay: 5,
    retryBackoff: true,
    retentionDays: 2,
  });
  await boss.createQueue(SWEEP_QUEUE, { name: SWEEP_QUEUE, policy: "short", expireInSeconds: 120, retryLimit: 0 });
  return boss;
}

/** Executes pg-boss's SQL inside a Prisma transaction, so a job is enqueued with the row that needs it. */
export type TransactionSql = { $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T> };

export function transactionDb(tx: TransactionSql): PgBoss.Db {
  return { executeSql: async (text, values) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }) };
}

const MAX_PRIORITY = 1_000_000;

/**
 * Schedules a step. One waiting job per generation and phase: a nudge for a phase already
 * scheduled is dropped, and a job left over from an earlier phase finds nothing to do.
 */
export async function enqueueStep(
  boss: PgBoss,
  job: StepJob,
  delayMs: number,
  tx?: TransactionSql,
  queueRank = 0,
): Promise<void> {
  const options: PgBoss.SendOptions = {
    singletonKey: `${job.generationId}:${job.phase}${job.now ? ":now" : ""}`,
    startAfter: new Date(Date.now() + Math.max(0, Math.round(delayMs))),
    // Workers take the highest priority first: a creator's first waiting generation before anyone's second.
    priority: Math.max(0, MAX_PRIORITY - queueRank),
  };
  if (tx) options.db = transactionDb(tx);
  await boss.send(GENERATION_STEP_QUEUE, job, options);
}
