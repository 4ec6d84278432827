import "server-only";
import { ProviderError, type ProviderTask } from "@/lib/providers/server";
import type { Generation } from "@/lib/db/generated/client";
import { adapterFor, type TaskEngine } from "./engine";
import { applyTask } from "./steps/apply-task";

// Where a provider answers for many tasks in one request (Kling), a generation's query takes along the others of
// its provider that are due soon: one query instead of many, and each of them then keeps to the schedule its
// answer sets (pollStep skips a job whose generation was asked about since).

/** Tasks asked about in one query. */
export const BATCH_SIZE = 50;
/** Companions due within this are asked about early rather than on their own. */
const DUE_WITHIN_MS = 10_000;

/**
 * This generation's task from a batch query, after applying the answers about its companions; undefined when
 * the provider has no batch query or did not mention it (the caller then asks about it alone).
 */
export async function askWithCompanions(engine: TaskEngine, generation: Generation): Promise<ProviderTask | undefined> {
  const adapter = adapterFor(engine, generation.provider);
  if (!adapter.getMany || !generation.providerTaskId) return undefined;
  const companions = await engine.prisma.generation.findMany({
    where: {
      provider: generation.provider,
      status: { in: ["queued", "running"] },
      id: { not: generation.id },
      providerTaskId: { not: null },
      nextPollAt: { lte: new Date(Date.now() + DUE_WITHIN_MS) },
    },
    orderBy: { nextPollAt: "asc" },
    take: BATCH_SIZE - 1,
  });
  let tasks: ProviderTask[];
  try {
    tasks = await adapter.getMany([
      generation.providerTaskId,
      ...companions.map((companion) => companion.providerTaskId!),
    ]);
  } catch (error) {
    if (error instanceof ProviderError) return undefined;
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
  return byId.get(generation.providerTaskId);
}
