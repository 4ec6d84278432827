import type { ProviderId } from "@/lib/providers/ids";
import type { ElementOption } from "../../media/types";
import type { TeamElement } from "../../types";

/**
 * The team elements a provider can use: those mirrored in its element library, by the provider's own
 * id. The simulator has no library and takes any id, so it is offered the whole team library.
 */
export function elementOptionsFor(provider: ProviderId, elements: readonly TeamElement[]): ElementOption[] {
  return elements.flatMap((element) => {
    const id = provider === "simulator" ? element.id : element.provider === provider ? element.providerElementId : undefined;
    return id ? [{ id, name: element.name, description: element.description, thumbnailUrl: element.thumbnailUrl, source: "team" as const }] : [];
  });
}
