import type { ProviderCapabilities } from "@/lib/providers/capabilities";
import type { GenerationMode } from "@/lib/providers/canonical";
import type { ProviderListing } from "@/lib/providers/registry";
import type { ProviderChoice } from "@/components/studio/types";

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
    return [{ id: provider.id, label: provider.label, available: provider.available, reason: provider.reason, models }];
  });
}
