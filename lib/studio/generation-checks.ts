import "server-only";
import type { Violation } from "@/lib/providers";
import type { TaskEngine } from "@/lib/tasks/engine";
import { prepareGenerationRequest } from "@/lib/tasks/generation-request";

/** The verdict createGeneration will give, without storing anything: for the form's live check. */
export async function checkGenerationRequest(engine: TaskEngine, request: unknown): Promise<Violation[]> {
  return (await prepareGenerationRequest(engine, request)).violations;
}
