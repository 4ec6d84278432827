import type { Environment } from "./environment";
import { atLeastOne, positiveInteger, variableReader, type Section } from "./variables";

export type QueueSettings = {
  /** Seconds a step may run before its job is presumed lost (worker killed) and retried. */
  stepTimeoutSeconds: number;
  /** How often expired jobs are looked for. */
  maintenanceIntervalSeconds: number;
  /** Steps one worker process runs at once. */
  workerConcurrency: number;
  /** Failures in a row (the provider's, not the request's) that open a provider's circuit. */
  circuitFailures: number;
  /** How long an open circuit stops submissions before one probe is sent. */
  circuitOpenSeconds: number;
};

/**
 * The queue section: WORKER_STEP_TIMEOUT_SECONDS, WORKER_MAINTENANCE_SECONDS, WORKER_CONCURRENCY, and the providers'
 * circuits: PROVIDER_CIRCUIT_FAILURES, PROVIDER_CIRCUIT_OPEN_SECONDS.
 */
export function readQueueSection(env: Environment): Section<QueueSettings> {
  const problems: string[] = [];
  const read = variableReader(env, problems);
  return {
    value: {
      stepTimeoutSeconds: read("WORKER_STEP_TIMEOUT_SECONDS", atLeastOne("seconds"), 300),
      maintenanceIntervalSeconds: read("WORKER_MAINTENANCE_SECONDS", atLeastOne("seconds"), 30),
      workerConcurrency: read("WORKER_CONCURRENCY", positiveInteger("steps at once"), 8),
      circuitFailures: read("PROVIDER_CIRCUIT_FAILURES", positiveInteger("failures"), 5),
      circuitOpenSeconds: read("PROVIDER_CIRCUIT_OPEN_SECONDS", atLeastOne("seconds"), 30),
    },
    problems,
  };
}
