import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Generation } from "@/lib/db/generated/client";
import type { ProviderId, ProviderTask } from "@/lib/providers/server";
import type { TaskEngine } from "../engine";
import { storedEstimate } from "../estimate";
import { fromProviderError, type GenerationError } from "../generation-error";
import { nextPollDelayMs, retryDelayMs } from "../poll-policy";
import { enqueueStep } from "../queue";
import { wakeNextInLine } from "../slots";
import { transition } from "../transitions";

// What a provider's answer about a task does to its generation: keep asking, store the video, or end it.

// Providers forget tasks after a day (DashScope task ids live 24 h).
export const TASK_LIFETIME_MS = 24 * 60 * 60 * 1000;

export function ageMs(generation: Generation) {
  return Date.now() - (generation.submittedAt ?? generation.createdAt).getTime();
}

export async function schedulePoll(
  engine: TaskEngine,
  generation: Generation,
  delayMs: number,
  tx?: Prisma.TransactionClient,
) {
  await enqueueStep(engine.boss, { generationId: generation.id, phase: "poll" }, delayMs, tx);
}

export const EXPIRED: GenerationError = {
  kind: "expired",
  message:
    "The provider no longer knows this task: its task ids expire after 24 hours, before the video could be collected.",
};

export async function applyTask(engine: TaskEngine, generation: Generation, task: ProviderTask) {
  const { prisma } = engine;
  const counters = { pollCount: { increment: 1 }, stepFailures: 0 };
  switch (task.status) {
    case "queued":
    case "running": {
      const delay = nextPollDelayMs(
        storedEstimate(generation.estimate),
        ageMs(generation),
        engine.pollPolicy(generation.provider as ProviderId),
      );
      await transition(
        engine,
        generation.id,
        {
          from: ["queued", "running"],
          to: task.status,
          data: { ...counters, nextPollAt: new Date(Date.now() + delay) },
        },
        (tx) => schedulePoll(engine, generation, delay, tx),
      );
      return;
    }
    case "succeeded": {
      const finishedAt = task.timing?.finishedAt ? new Date(task.timing.finishedAt) : new Date();
      await transition(
        engine,
        generation.id,
        {
          from: ["queued", "running"],
          to: "storing",
          data: {
            ...counters,
            providerResult: task.result as Prisma.InputJsonValue,
            providerFinishedAt: Number.isNaN(finishedAt.getTime()) ? new Date() : finishedAt,
            nextPollAt: null,
          },
        },
        (tx) => enqueueStep(engine.boss, { generationId: generation.id, phase: "store" }, 0, tx),
      );
      return wakeNextInLine(engine, generation);
    }
    case "failed":
    case "canceled": {
      const error = task.error ? fromProviderError(task.error) : undefined;
      await transition(engine, generation.id, {
        from: ["queued", "running"],
        to: task.status,
        message: error?.message,
        data: { ...counters, error, nextPollAt: null },
      });
      return wakeNextInLine(engine, generation);
    }
    case "expired": {
      // "Unknown" early on may be the provider catching up: keep asking until the task's lifetime is over.
      if (ageMs(generation) < TASK_LIFETIME_MS) {
        await prisma.generation.update({ where: { id: generation.id }, data: counters });
        return schedulePoll(engine, generation, retryDelayMs(generation.stepFailures + 3, undefined));
      }
      await transition(engine, generation.id, {
        from: ["queued", "running"],
        to: "expired",
        message: EXPIRED.message,
        data: { ...counters, error: EXPIRED, nextPollAt: null },
      });
      return wakeNextInLine(engine, generation);
    }
  }
}
