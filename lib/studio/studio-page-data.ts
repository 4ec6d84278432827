import "server-only";
import type { StudioProps } from "@/components/studio/types";
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { GenerationRequestSchema, listProviders, type GenerationMode } from "@/lib/providers";
import { getTaskEngine } from "@/lib/tasks/web-engine";
import { providerChoicesForMode } from "./provider-choices";

const UNFINISHED = ["submitting", "queued", "running", "storing"] as const;

/** The earlier generation a form starts from (?from=<id>), when it exists and its request still parses. */
export async function loadSourceGeneration(id: string | undefined): Promise<StudioProps["source"]> {
  if (!id) return undefined;
  const generation = await prisma.generation.findUnique({ where: { id }, select: { id: true, request: true } });
  const request = generation && GenerationRequestSchema.safeParse(generation.request);
  return generation && request?.success ? { id: generation.id, request: request.data } : undefined;
}

/** Everything a mode's form needs from the server, from the same registry the task engine submits with. */
export async function loadStudioPageData(mode: GenerationMode, sourceId: string | undefined): Promise<StudioProps> {
  const engine = await getTaskEngine();
  const listing = listProviders(engine.providersConfig, engine.registry);
  const [source, runningCount] = await Promise.all([
    loadSourceGeneration(sourceId),
    prisma.generation.count({ where: { status: { in: [...UNFINISHED] } } }),
  ]);
  return {
    mode,
    choices: providerChoicesForMode(listing, (id) => engine.registry[id]?.capabilities, mode),
    source,
    prices: env().prices,
    runningCount,
  };
}
