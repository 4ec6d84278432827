import { z } from "zod";
import type { Environment } from "./environment";
import { PROVIDER_ENV_PREFIX } from "./providers";
import { priceKey, type PriceList } from "./price-key";
import { variableReader, type Section } from "./variables";

export { priceKey, type PriceList };

const PREFIX_TO_PROVIDER = new Map<string, string>([
  ["SIMULATOR", "simulator"],
  ...Object.entries(PROVIDER_ENV_PREFIX).map(([id, prefix]) => [prefix, id] as [string, string]),
]);
const QUALITY_SUFFIXES = ["STD", "PRO", "4K"];
const PRICE_NAME = /^PRICE_(.+)_(STD|PRO|4K)(_AUDIO)?$/;

const price = z.coerce
  .number({ error: "must be a price per second (a number, 0 or more)" })
  .refine((value) => Number.isFinite(value) && value >= 0, {
    error: "must be a price per second (a number, 0 or more)",
  });

/** The prices section: `PRICE_<PROVIDER>_<STD|PRO|4K>[_AUDIO]` (per second) and `PRICE_CURRENCY`. */
export function readPricesSection(env: Environment): Section<PriceList> {
  const problems: string[] = [];
  const read = variableReader(env, problems);
  const perSecond: Record<string, number> = {};
  for (const name of Object.keys(env).sort()) {
    if (!name.startsWith("PRICE_") || name === "PRICE_CURRENCY") continue;
    const match = PRICE_NAME.exec(name);
    const provider = match && PREFIX_TO_PROVIDER.get(match[1]!);
    if (!match || !provider) {
      problems.push(
        `${name} names no provider and quality (PRICE_<${[...PREFIX_TO_PROVIDER.keys()].join("|")}>_<${QUALITY_SUFFIXES.join("|")}>[_AUDIO])`,
      );
      continue;
    }
    const value = read(name, price, undefined);
    if (value !== undefined) perSecond[priceKey(provider, match[2]!.toLowerCase(), Boolean(match[3]))] = value;
  }
  return { value: { currency: read("PRICE_CURRENCY", z.string(), "USD"), perSecond }, problems };
}
