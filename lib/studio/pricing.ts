import { currentEnvironment, type Environment } from "@/lib/config/environment";
import { priceKey, readPricesSection, type PriceList } from "@/lib/config/prices";
import type { ProviderId, Quality } from "@/lib/providers";

export { priceKey, type PriceList };

/** The prices section of the configuration: `PRICE_<PROVIDER>_<QUALITY>[_AUDIO]` per second, `PRICE_CURRENCY`. */
export function readPriceList(env: Environment = currentEnvironment()): PriceList {
  return readPricesSection(env).value;
}

export type CostQuery = { provider: ProviderId; quality?: Quality; audio: boolean; seconds: number };

/**
 * What a generation will cost, or null when no price applies. With audio only the `_AUDIO` price
 * counts: guessing from the silent price would understate it.
 */
export function estimateCost(prices: PriceList, { provider, quality, audio, seconds }: CostQuery): number | null {
  if (!quality) return null;
  const price = prices.perSecond[priceKey(provider, quality, audio)];
  return price === undefined ? null : Math.round(price * seconds * 10_000) / 10_000;
}
