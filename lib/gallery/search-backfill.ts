import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { GenerationRequestSchema } from "@/lib/providers";
import { generationSearchTerms } from "./generation-search";

const BATCH = 200;

/**
 * Generations stored before prompt search existed have no search terms: the worker fills them in
 * at start, a batch at a time.
 */
export async function backfillSearchTerms(prisma: PrismaClient): Promise<number> {
  let done = 0;
  for (;;) {
    const batch = await prisma.generation.findMany({
      where: { searchTerms: { isEmpty: true } },
      select: { id: true, request: true },
      take: BATCH,
    });
    if (batch.length === 0) return done;
    for (const generation of batch) {
      const request = GenerationRequestSchema.safeParse(generation.request);
      const searchTerms = request.success ? generationSearchTerms(request.data) : [""];
      await prisma.generation.update({ where: { id: generation.id }, data: { searchTerms } });
    }
    done += batch.length;
  }
}
