import "server-only";
import { prisma } from "@/lib/db/client";
import { findGenerationWithDetails, presentGeneration, type GenerationView } from "@/lib/tasks/present";

/** The same JSON GET /api/generations/[id] answers, for the first render of the generation page. */
export async function loadGenerationView(id: string): Promise<GenerationView | null> {
  const generation = await findGenerationWithDetails(prisma, id);
  return generation && presentGeneration(generation);
}
