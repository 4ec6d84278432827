import "server-only";
import type { TaskEngine } from "./engine";
import type { StepJob } from "./queue";
import { pollStep } from "./steps/poll";
import { storeStep } from "./steps/store";
import { submitStep } from "./steps/submit";
import { isFinal } from "./transitions";

const PHASE_OF_STATUS = { submitting: "submit", queued: "poll", running: "poll", storing: "store" } as const;

/** Runs one step of a generation, if the job still matches the generation's current phase. */
export async function runStep(engine: TaskEngine, job: StepJob, stepTimeoutMs: number): Promise<void> {
  const generation = await engine.prisma.generation.findUnique({ where: { id: job.generationId } });
  if (!generation || isFinal(generation.status)) return;
  const phase = PHASE_OF_STATUS[generation.status as keyof typeof PHASE_OF_STATUS];
  // A leftover job of an earlier phase: the current phase has its own job.
  if (phase !== job.phase) return;
  if (phase === "submit") return submitStep(engine, generation, stepTimeoutMs);
  if (phase === "poll") return pollStep(engine, generation, { nudged: job.now === true });
  return storeStep(engine, generation);
}
