import "server-only";
import { ProviderError, type ProviderId, type ProviderTask } from "@/lib/providers/server";
import type { Generation, Prisma } from "@/lib/db/generated/client";
import { adapterFor, type TaskEngine } from "../engine";
import { storedEstimate } from "../estimate";
import { fromProviderError, type GenerationError } from "../generation-error";
import { nextPollDelayMs, retryDelayMs, slotHorizonMs } from "../poll-policy";
import { acquireQuerySlot, BUDGET_SAFETY } from "../query-budget";
import { enqueueStep } from "../queue";
import { wakeNextInLine } from "../slots";
import { transition } from "../transitions";

// Providers forget tasks after a day (DashScope task ids live 24 h).
const TASK_LIFETIME_MS = 24 * 60 * 60 * 1000;

function ageMs(generation: Generation) {
  return Date.now() - (generation.submittedAt ?? generation.createdAt).getTime();
}

async function schedulePoll(
  engine: TaskEngine,
  generation: Generation,
  delayMs: number,
  tx?: Prisma.TransactionClient,
) {
  await enqueueStep(engine.boss, { generationId: generation.id, phase: "poll" }, delayMs, tx);
}

const EXPIRED: GenerationError = {
  kind: "expired",
  message:
    "The provider no longer knows this task: its task ids expire after 24 hours, before the video could be collected.",
};

async function applyTask(engine: TaskEngine, generation: Generation, task: ProviderTask) {
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

export async function pollStep(engine: TaskEngine, generation: Generation) {
  if (!generation.providerTaskId)
    throw new Error(`generation ${generation.id} is ${generation.status} without a provider task id`);
  const provider = generation.provider as ProviderId;
  const horizon = slotHorizonMs(storedEstimate(generation.estimate), ageMs(generation), engine.pollPolicy(provider));
  const slot = await acquireQuerySlot(engine.budget, provider, engine.queryRate(provider) * BUDGET_SAFETY, horizon);
  if (!slot.granted) return schedulePoll(engine, generation, slot.retryInMs);

  let task: ProviderTask;
  try {
    task = await adapterFor(engine, provider).get(generation.providerTaskId);
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    await engine.prisma.generation.update({
      where: { id: generation.id },
      data: { pollCount: { increment: 1 }, stepFailures: { increment: 1 } },
    });
    const givingUp = ageMs(generation) > TASK_LIFETIME_MS;
    if (!givingUp && (error.retryable || error.kind === "not_found" || error.kind === "unknown")) {
      return schedulePoll(engine, generation, retryDelayMs(generation.stepFailures, error.retryAfterSeconds));
    }
    if (!givingUp && error.kind === "auth") {
      // A key changed or revoked mid-task: keep the task and retry slowly rather than lose it.
      return schedulePoll(engine, generation, engine.pollPolicy(provider).maxIntervalMs);
    }
    const failure = givingUp && error.kind === "not_found" ? EXPIRED : fromProviderError(error);
    await transition(engine, generation.id, {
      from: ["queued", "running"],
      to: failure.kind === "expired" ? "expired" : "failed",
      message: failure.message,
      data: { error: failure },
    });
    return wakeNextInLine(engine, generation);
  }
  await applyTask(engine, generation, task);
}
