import "server-only";
import {
  PROVIDER_LABELS,
  providerAvailability,
  PROVIDERS,
  STUDIO_ASSET_URL,
  type MediaItem,
  type ProviderId,
} from "@/lib/providers/server";
import { previewUrlOf } from "@/lib/studio/media/upload-item";
import type { ElementDeps } from "./deps";
import { imageFactsOf } from "./image-facts";
import { isChoosableHosting, type ElementTarget } from "./rules";
import type { TeamElementRow } from "./team-library";

// The library's rows as the pages show them: pictures by the studio's preview address, providers by name.

const labelOf = (provider: string) => PROVIDER_LABELS[provider as ProviderId] ?? provider;

export function presentBindings(row: Pick<TeamElementRow, "bindings">) {
  return row.bindings.map((binding) => ({
    provider: binding.provider as ProviderId,
    providerLabel: labelOf(binding.provider),
    state: binding.state,
    message: binding.message,
    remoteId: binding.remoteId,
    checkedAt: binding.checkedAt?.toISOString() ?? null,
  }));
}

export function presentElementCard(row: TeamElementRow) {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    tags: row.tags,
    ...(row.frontalImageUrl ? { thumbnailUrl: previewUrlOf(row.frontalImageUrl, { thumbnail: true }) } : {}),
    bindings: presentBindings(row),
  };
}

/** Providers an admin can put elements on here: configured, and creating (library) or sending (inline) them. */
export function elementTargets(deps: Pick<ElementDeps, "registry" | "providersConfig">): ElementTarget[] {
  return PROVIDERS.flatMap((provider) => {
    const rules = deps.registry[provider]?.capabilities.teamElements;
    if (!isChoosableHosting(rules) || !providerAvailability(deps.providersConfig, provider).available) return [];
    return [{ provider, label: labelOf(provider), rules }];
  });
}

/** Configured providers of a kind: those with a library to import from, or a catalogue to register ids of. */
export function providersHosting(
  deps: Pick<ElementDeps, "registry" | "providersConfig">,
  hosting: "library" | "catalogue",
) {
  return PROVIDERS.filter(
    (provider) =>
      deps.registry[provider]?.capabilities.teamElements?.hosting === hosting &&
      providerAvailability(deps.providersConfig, provider).available,
  ).map((provider) => ({ provider, label: labelOf(provider) }));
}

/** The element's images as media items, with what the studio measured, for the edit form's checks and previews. */
export async function elementImages(
  deps: Pick<ElementDeps, "prisma">,
  row: { frontalImageUrl: string | null; referImageUrls: string[] },
): Promise<MediaItem[]> {
  const urls = [row.frontalImageUrl, ...row.referImageUrls].filter((url): url is string => Boolean(url));
  const ids = urls.flatMap((url) => STUDIO_ASSET_URL.exec(url)?.[1] ?? []);
  const assets = new Map(
    (await deps.prisma.asset.findMany({ where: { id: { in: ids } } })).map((asset) => [`asset:${asset.id}`, asset]),
  );
  return urls.map((url, index) => {
    const asset = assets.get(url);
    return {
      role: index === 0 ? ("first_frame" as const) : ("refer" as const),
      url,
      ...(asset ? { metadata: imageFactsOf(asset) } : {}),
    };
  });
}
