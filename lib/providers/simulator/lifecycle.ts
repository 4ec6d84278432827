import type { ProviderTask, TaskStatus } from "../types";
import type { StoredTask } from "./task-store";

/**
 * Where a task stands, from the wall clock alone (so every process agrees without sharing memory):
 * queued for `queuedMs`, running for `runningMs`, then due to finish. A cancel before then wins.
 */
export type TaskPhase = "queued" | "running" | "due" | "canceled";

export function startsAtMs(task: StoredTask): number {
  return task.submittedAtMs + task.timing.queuedMs;
}

export function dueAtMs(task: StoredTask): number {
  return startsAtMs(task) + task.timing.runningMs;
}

export function taskPhase(task: StoredTask, nowMs: number): TaskPhase {
  if (task.canceledAtMs !== undefined) return "canceled";
  if (nowMs < startsAtMs(task)) return "queued";
  if (nowMs < dueAtMs(task)) return "running";
  return "due";
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The times a provider would report for a task now in `status`. */
export function taskTiming(task: StoredTask, status: TaskStatus): NonNullable<ProviderTask["timing"]> {
  const endedAtMs =
    status === "canceled" ? task.canceledAtMs : status === "queued" || status === "running" ? undefined : dueAtMs(task);
  const started = status !== "queued" && (endedAtMs === undefined || endedAtMs >= startsAtMs(task));
  return {
    submittedAt: iso(task.submittedAtMs),
    startedAt: started ? iso(startsAtMs(task)) : undefined,
    finishedAt: endedAtMs === undefined ? undefined : iso(endedAtMs),
  };
}
