import { PROVIDER_ENV_PREFIX, PROVIDERS, type ProviderId, type Quality } from "@/lib/providers";

/** Prices per billed second, keyed by `provider:quality` or `provider:quality:audio`. */
export type PriceList = { currency: string; perSecond: Record<string, number> };

const ENV_PREFIX: Record<ProviderId, string> = { simulator: "SIMULATOR", ...PROVIDER_ENV_PREFIX };
const QUALITY_SUFFIX: Record<Quality, string> = { std: "STD", pro: "PRO", "4k": "4K" };

export function priceKey(provider: ProviderId, quality: Quality, audio: boolean): string {
  return `${provider}:${quality}${audio ? ":audio" : ""}`;
}

/** `PRICE_<PROVIDER>_<QUALITY>[_AUDIO]` (per second) and `PRICE_CURRENCY` from the environment. */
export function readPriceList(env: Record<string, string | undefined>): PriceList {
  const perSecond: Record<string, number> = {};
  for (const provider of PROVIDERS) {
    for (const [quality, suffix] of Object.entries(QUALITY_SUFFIX) as [Quality, string][]) {
      for (const audio of [false, true]) {
        const text = env[`PRICE_${ENV_PREFIX[provider]}_${suffix}${audio ? "_AUDIO" : ""}`]?.trim();
        const price = text ? Number(text) : NaN;
        if (Number.isFinite(price) && price >= 0) perSecond[priceKey(provider, quality, audio)] = price;
      }
    }
  }
  return { currency: env.PRICE_CURRENCY?.trim() || "USD", perSecond };
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
