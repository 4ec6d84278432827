import type { ProviderCapabilities } from "@/lib/providers";
import type { GenerationMode } from "@/lib/providers";
import type { ProviderListing } from "@/lib/providers/server";
import type { ProviderChoice } from "@/lib/studio/types";

/**
 * What the mode page offers: providers with at least one model doing this mode, each model cut to
 * that mode's capabilities (the client needs nothing else), unavailable ones kept with their reason.
 */
export function providerChoicesForMode(
  listing: readonly ProviderListing[],
  capabilitiesOf: (id: ProviderListing["id"]) => ProviderCapabilities | undefined,
  mode: GenerationMode,
): ProviderChoice[] {
  return listing.flatMap((provider) => {
    const models = (capabilitiesOf(provider.id)?.models ?? []).flatMap((model) => {
      const modeCaps = model.modes[mode];
      return modeCaps ? [{ ...model, modes: { [mode]: modeCaps } }] : [];
    });
    if (models.length === 0) return [];
    const { id, label, available, reason, missing } = provider;
    return [{ id, label, available, reason, missing, models, runsInStudio: capabilitiesOf(id)?.runsInStudio }];
  });
}

/** The default provider: the first usable real one, else the first usable one (the simulator). */
export function defaultChoice(choices: ProviderChoice[]): ProviderChoice | undefined {
  const usable = choices.filter((choice) => choice.available && choice.models.length > 0);
  return usable.find((choice) => !choice.runsInStudio) ?? usable[0];
}
