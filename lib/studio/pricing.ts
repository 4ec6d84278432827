import { currentEnvironment, type Environment } from "@/lib/config/environment";
import { priceKey, readPricesSection, type PriceList } from "@/lib/config/prices";

export { priceKey, type PriceList };
export { estimateCost, type CostQuery } from "./cost";

/** The prices section of the configuration: `PRICE_<PROVIDER>_<QUALITY>[_AUDIO]` per second, `PRICE_CURRENCY`. */
export function readPriceList(env: Environment = currentEnvironment()): PriceList {
  return readPricesSection(env).value;
}
