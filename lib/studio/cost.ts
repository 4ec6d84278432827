import { priceKey, type PriceList } from "@/lib/config/price-key";
import type { ProviderId, Quality } from "@/lib/providers";

export type { PriceList };

// The cost estimate alone, light enough for the generation form (pricing.ts reads the prices on the server).

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
