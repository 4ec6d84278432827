import "server-only";
import {
  PROVIDER_LABELS,
  PROVIDERS,
  ProviderError,
  providerAvailability,
  type ProviderId,
  type ResourcePack,
} from "@/lib/providers/server";
import { getTaskEngine } from "@/lib/tasks/web-engine";

// What admins see of the provider accounts on the Settings page: Kling's remaining resource packs. Kling AI
// developer docs (account information inquiry): free to call, at most once a second, and its figures lag by up
// to 12 hours, so one reading a minute is plenty.

export const BALANCE_CACHE_MS = 60_000;

export type ProviderAccountReading = {
  provider: ProviderId;
  label: string;
  packs: ResourcePack[] | null;
  /** Why the packs could not be read, in the provider's words. */
  problem?: string;
  checkedAt: string;
};

const cache =
  (globalThis as unknown as { providerAccounts?: Map<ProviderId, ProviderAccountReading> }).providerAccounts ??
  new Map<ProviderId, ProviderAccountReading>();
(globalThis as unknown as { providerAccounts?: Map<ProviderId, ProviderAccountReading> }).providerAccounts = cache;

/** One reading per provider that can tell its balance and is configured, none fresher than a minute apart. */
export async function readProviderAccounts(now = Date.now()): Promise<ProviderAccountReading[]> {
  const engine = await getTaskEngine();
  const readings = await Promise.all(
    PROVIDERS.map(async (provider): Promise<ProviderAccountReading | undefined> => {
      const adapter = engine.registry[provider];
      if (!adapter.resourcePacks || !providerAvailability(engine.providersConfig, provider).available) return undefined;
      const cached = cache.get(provider);
      if (cached && now - Date.parse(cached.checkedAt) < BALANCE_CACHE_MS) return cached;
      const checkedAt = new Date(now).toISOString();
      const label = PROVIDER_LABELS[provider];
      let reading: ProviderAccountReading;
      try {
        reading = { provider, label, packs: await adapter.resourcePacks(), checkedAt };
      } catch (error) {
        const problem = error instanceof ProviderError ? error.userMessage : "The provider did not answer.";
        reading = { provider, label, packs: null, problem, checkedAt };
      }
      cache.set(provider, reading);
      return reading;
    }),
  );
  return readings.filter((reading): reading is ProviderAccountReading => reading !== undefined);
}
