import type { ProviderId } from "@/lib/providers";
import type { ElementOption } from "../../media/types";
import type { TeamElement } from "@/lib/studio/types";

/**
 * The elements a provider can use: team elements mirrored in its element library and its own presets,
 * by the provider's id. The simulator has no library and takes any id: it is offered the team library.
 */
export function elementOptionsFor(provider: ProviderId, elements: readonly TeamElement[]): ElementOption[] {
  return elements.flatMap((element) => {
    const usable = provider === "simulator" ? !element.preset : element.provider === provider;
    const id = provider === "simulator" ? element.id : element.providerElementId;
    if (!usable || !id) return [];
    return [
      {
        id,
        name: element.name,
        description: element.description,
        thumbnailUrl: element.thumbnailUrl,
        source: element.preset ? ("preset" as const) : ("team" as const),
      },
    ];
  });
}
