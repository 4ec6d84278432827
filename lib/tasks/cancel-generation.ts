import "server-only";
import { ProviderError } from "@/lib/providers/server";
import { adapterFor, type TaskEngine } from "./engine";
import { transition } from "./transitions";

export type CancelOutcome = { canceled: true; atProvider: boolean } | { canceled: false; reason: string };

/**
 * Stops a generation that has not finished: at the provider where it can cancel, and always in
 * the studio, so no more queries are made and nothing is stored.
 */
export async function cancelGeneration(engine: TaskEngine, generationId: string): Promise<CancelOutcome> {
  const generation = await engine.prisma.generation.findUnique({ where: { id: generationId } });
  if (!generation) return { canceled: false, reason: "No generation has this id." };
  if (generation.status === "storing")
    return { canceled: false, reason: "The video is already finished and is being saved." };
  if (!["submitting", "queued", "running"].includes(generation.status))
    return { canceled: false, reason: `The generation has already ${generation.status}.` };

  let atProvider = false;
  let note = "Canceled in the studio.";
  const adapter = adapterFor(engine, generation.provider);
  if (generation.providerTaskId && adapter.cancel) {
    try {
      await adapter.cancel(generation.providerTaskId);
      atProvider = true;
      note = "Canceled at the provider.";
    } catch (error) {
      // The provider may already be past the point of no return: stop following the task anyway.
      note = `The provider could not cancel it (${error instanceof ProviderError ? error.userMessage : "unexpected error"}); the studio stopped following it.`;
    }
  } else if (generation.providerTaskId) {
    note = "This provider cannot cancel tasks: the studio stopped following it (the provider may still bill it).";
  }
  const moved = await transition(engine, generationId, {
    from: ["submitting", "queued", "running"],
    to: "canceled",
    message: note,
    data: { nextPollAt: null },
  });
  return moved
    ? { canceled: true, atProvider }
    : { canceled: false, reason: "The generation finished in the meantime." };
}
