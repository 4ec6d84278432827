import type { ProviderId } from "@/lib/providers/browser";
import type { ElementOption } from "../../media/types";
import type { TeamElement } from "@/lib/studio/types";

/** A name usable after "@" (xcompute's inline elements): letters, digits, "_" and "-". */
export const mentionName = (name: string) => name.trim().replace(/[^\p{L}\p{N}_-]+/gu, "_") || "element";

/**
 * The elements a provider can use, by the id it knows them by: team elements synced there (or sent
 * inline with their images), its own presets, and, disabled with the reason, team elements not usable
 * there yet. The simulator takes any team element by the studio's id.
 */
export function elementOptionsFor(provider: ProviderId, elements: readonly TeamElement[]): ElementOption[] {
  return elements.flatMap((element): ElementOption[] => {
    const shown = {
      name: element.name,
      description: element.description,
      thumbnailUrl: element.thumbnailUrl,
      tags: element.tags,
    };
    if (element.preset) {
      return element.provider === provider && element.providerElementId
        ? [{ ...shown, id: element.providerElementId, source: "preset" }]
        : [];
    }
    const offer = element.offers?.[provider];
    if (!offer) return [];
    if ("unavailable" in offer)
      return [{ ...shown, id: `team:${element.id}`, source: "team", unavailable: offer.unavailable }];
    return [
      {
        ...shown,
        id: offer.id,
        source: "team",
        ...(offer.imageUrls ? { imageUrls: offer.imageUrls, name: mentionName(element.name) } : {}),
      },
    ];
  });
}
