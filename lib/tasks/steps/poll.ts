import "server-only";
import { ProviderError, type ProviderId, type ProviderTask } from "@/lib/providers/server";
import type { Generation } from "@/lib/db/generated/client";
import { askWithCompanions } from "../batch-query";
import { adapterFor, type TaskEngine } from "../engine";
import { storedEstimate } from "../estimate";
import { fromProviderError } from "../generation-error";
import { retryDelayMs, slotHorizonMs } from "../poll-policy";
import { acquireQuerySlot, BUDGET_SAFETY } from "../query-budget";
import { wakeNextInLine } from "../slots";
import { transition } from "../transitions";
import { ageMs, applyTask, EXPIRED, schedulePoll, TASK_LIFETIME_MS } from "./apply-task";

/** A job this close to its generation's next query runs it. */
const EARLY_TOLERANCE_MS = 1_000;

export async function pollStep(engine: TaskEngine, generation: Generation, { nudged = false } = {}) {
  if (!generation.providerTaskId)
    throw new Error(`generation ${generation.id} is ${generation.status} without a provider task id`);
  const provider = generation.provider as ProviderId;
  // A batch query already asked about it since this job was scheduled: keep to the schedule it set.
  const aheadMs = (generation.nextPollAt?.getTime() ?? 0) - Date.now();
  if (!nudged && aheadMs > EARLY_TOLERANCE_MS) return schedulePoll(engine, generation, aheadMs);
  const horizon = slotHorizonMs(storedEstimate(generation.estimate), ageMs(generation), engine.pollPolicy(provider));
  const slot = await acquireQuerySlot(engine.budget, provider, engine.queryRate(provider) * BUDGET_SAFETY, horizon);
  if (!slot.granted) return schedulePoll(engine, generation, slot.retryInMs);

  let task: ProviderTask;
  try {
    const batch = await askWithCompanions(engine, generation);
    if (batch.own) task = batch.own;
    else {
      // Not in the batch's answer (DashScope's lists only unfinished tasks): asked about alone, for one more query.
      if (batch.asked) {
        const extra = await acquireQuerySlot(
          engine.budget,
          provider,
          engine.queryRate(provider) * BUDGET_SAFETY,
          horizon,
        );
        if (!extra.granted) return schedulePoll(engine, generation, extra.retryInMs);
      }
      task = await adapterFor(engine, provider).get(generation.providerTaskId);
    }
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
