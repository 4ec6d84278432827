import "server-only";
import { ProviderError, type ProviderId, type ProviderTask } from "@/lib/providers/server";
import type { Generation } from "@/lib/db/generated/client";
import { adapterFor, type TaskEngine } from "./engine";
import { acquireQuerySlot, BUDGET_SAFETY } from "./query-budget";
import { applyTask } from "./steps/apply-task";

// Where a provider answers for many tasks in one query (Kling's /tasks, DashScope's task list), a generation's
// query takes along the others of its provider that are due soon: one query instead of many, and each of them
// then keeps to the schedule its answer sets (pollStep skips a job whose generation was asked about since).
// Every request counts against the provider's query budget, as single queries do.

/** Companions due within this are asked about early rather than on their own. */
const DUE_WITHIN_MS = 10_000;

export type BatchAnswer = {
  /** This generation's task, when the batch reported it. */
  own?: ProviderTask;
  /** Whether a batch query was made (and so spent the slot the caller had reserved). */
  asked: boolean;
};

export async function askWithCompanions(engine: TaskEngine, generation: Generation): Promise<BatchAnswer> {
  const adapter = adapterFor(engine, generation.provider);
  const batch = adapter.capabilities.polling.batch;
  if (!adapter.getMany || !batch || !generation.providerTaskId) return { asked: false };
  const provider = generation.provider as ProviderId;
  // The caller reserved one query; a batch of several requests reserves the others, or is not made.
  for (let extra = 1; extra < batch.requests; extra++) {
    const slot = await acquireQuerySlot(engine.budget, provider, engine.queryRate(provider) * BUDGET_SAFETY, 2_000);
    if (!slot.granted) return { asked: false };
  }
  const companions = await engine.prisma.generation.findMany({
    where: {
      provider: generation.provider,
      status: { in: ["queued", "running"] },
      id: { not: generation.id },
      providerTaskId: { not: null },
      nextPollAt: { lte: new Date(Date.now() + DUE_WITHIN_MS) },
    },
    orderBy: { nextPollAt: "asc" },
    take: batch.tasks - 1,
  });
  let tasks: ProviderTask[];
  try {
    tasks = await adapter.getMany([
      generation.providerTaskId,
      ...companions.map((companion) => companion.providerTaskId!),
    ]);
  } catch (error) {
    if (error instanceof ProviderError) return { asked: true };
    throw error;
  }
  const byId = new Map(tasks.map((task) => [task.providerTaskId, task]));
  for (const companion of companions) {
    const task = byId.get(companion.providerTaskId!);
    if (!task) continue;
    await applyTask(engine, companion, task).catch((error: unknown) =>
      console.error(`[worker] applying the batch answer about ${companion.id}`, error),
    );
  }
  return { own: byId.get(generation.providerTaskId), asked: true };
}
