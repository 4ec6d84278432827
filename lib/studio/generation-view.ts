import "server-only";
import { prisma } from "@/lib/db/client";
import { presentGeneration, type GenerationView } from "@/lib/tasks/present";

/** The same JSON GET /api/generations/[id] answers, for the first render of the generation page. */
export async function loadGenerationView(id: string): Promise<GenerationView | null> {
  const generation = await prisma.generation.findUnique({
    where: { id },
    include: {
      events: { orderBy: { at: "asc" } },
      assets: { select: { id: true, kind: true, contentType: true, width: true, height: true, durationSeconds: true } },
    },
  });
  return generation && presentGeneration(generation);
}
