// Prices as data, apart from reading them from the environment (prices.ts): the studio's form
// estimates a cost in the browser, which must not load the configuration's parsers.

/** Prices per billed second, keyed by `provider:quality` or `provider:quality:audio`. */
export type PriceList = { currency: string; perSecond: Record<string, number> };

/** The key of one price: provider, quality and whether sound is generated. */
export function priceKey(provider: string, quality: string, audio: boolean): string {
  return `${provider}:${quality}${audio ? ":audio" : ""}`;
}
