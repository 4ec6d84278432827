import "server-only";
import type { TaskEngine } from "./engine";
import { enqueueStep, type StepPhase } from "./queue";

const PHASE = { submitting: "submit", queued: "poll", running: "poll", storing: "store" } as const satisfies Record<
  string,
  StepPhase
>;

/**
 * The safety net under the queue: every unfinished generation that has not moved for a while
 * gets a job for its current phase. A phase already scheduled keeps its own job (one waiting job
 * per phase), so this never speeds a task beyond its schedule or duplicates work.
 */
export async function sweepStalledGenerations(engine: TaskEngine, stalledForMs: number): Promise<number> {
  const stalled = await engine.prisma.generation.findMany({
    where: {
      status: { in: ["submitting", "queued", "running", "storing"] },
      updatedAt: { lt: new Date(Date.now() - stalledForMs) },
    },
    select: { id: true, status: true, nextPollAt: true },
    take: 1_000,
  });
  for (const generation of stalled) {
    const phase = PHASE[generation.status as keyof typeof PHASE];
    const delay = generation.nextPollAt ? generation.nextPollAt.getTime() - Date.now() : 0;
    await enqueueStep(engine.boss, { generationId: generation.id, phase }, delay);
  }
  return stalled.length;
}
