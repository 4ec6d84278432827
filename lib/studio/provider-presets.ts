import "server-only";
import type { TeamElement } from "@/lib/studio/types";
import { providerAvailability, type ProviderId } from "@/lib/providers/server";
import type { TaskEngine } from "@/lib/tasks/engine";

// Official presets change rarely: ask each provider at most every ten minutes, and never hold the page long.
const FRESH_FOR_MS = 10 * 60 * 1000;
const ASK_TIMEOUT_MS = 3_000;
const PRESETS_PER_PROVIDER = 100;

const cache = new Map<ProviderId, { at: number; presets: TeamElement[] }>();

async function askProvider(engine: TaskEngine, provider: ProviderId): Promise<TeamElement[]> {
  const cached = cache.get(provider);
  if (cached && Date.now() - cached.at < FRESH_FOR_MS) return cached.presets;
  const library = engine.registry[provider]?.elementLibrary;
  if (!library) return [];
  try {
    const elements = await library.listElements(
      { source: "preset", page: 1, pageSize: PRESETS_PER_PROVIDER },
      { signal: AbortSignal.timeout(ASK_TIMEOUT_MS) },
    );
    const presets = elements.map((element) => ({
      id: `${provider}:${element.id}`,
      name: element.name,
      ...(element.description ? { description: element.description } : {}),
      ...(element.frontalImageUrl ? { thumbnailUrl: element.frontalImageUrl } : {}),
      provider,
      providerElementId: element.id,
      preset: true as const,
    }));
    cache.set(provider, { at: Date.now(), presets });
    return presets;
  } catch (error) {
    // The picker still offers the team library; the presets come back on a later visit.
    console.warn(
      `[studio] could not list ${provider}'s preset elements:`,
      error instanceof Error ? error.message : error,
    );
    return [];
  }
}

/** The official preset elements of every available provider that has an element library. */
export async function loadProviderPresets(engine: TaskEngine): Promise<TeamElement[]> {
  const providers = (Object.keys(engine.registry) as ProviderId[]).filter(
    (id) => engine.registry[id]?.elementLibrary && providerAvailability(engine.providersConfig, id).available,
  );
  return (await Promise.all(providers.map((provider) => askProvider(engine, provider)))).flat();
}
