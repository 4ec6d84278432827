import "server-only";
import type { ElementOffer, TeamElement } from "@/lib/studio/types";
import { prisma } from "@/lib/db/client";
import { PROVIDERS, type ProviderId, type ProviderRegistry } from "@/lib/providers/server";
import { previewUrlOf } from "@/lib/studio/media/upload-item";

/** How many elements the picker receives; it filters by search, a larger library needs a server search. */
const PICKER_LIMIT = 500;

type Row = Awaited<ReturnType<typeof loadRows>>[number];

const loadRows = () =>
  prisma.element.findMany({
    where: { retiredAt: null },
    orderBy: { name: "asc" },
    take: PICKER_LIMIT,
    include: { bindings: true },
  });

/** What `provider` can do with the element: its remote id (library, catalogue), its images (inline), or why not. */
function offerOf(registry: ProviderRegistry, provider: ProviderId, row: Row): ElementOffer | undefined {
  const hosting = registry[provider]?.capabilities.teamElements?.hosting;
  if (!hosting) return undefined;
  if (hosting === "any") return { id: row.id };
  const binding = row.bindings.find((candidate) => candidate.provider === provider);
  if (!binding) return { unavailable: "absent" };
  if (binding.state !== "synced") return { unavailable: binding.state };
  if (hosting === "inline") {
    const images = [row.frontalImageUrl, ...row.referImageUrls].filter((url): url is string => Boolean(url));
    return { id: row.id, imageUrls: images };
  }
  return binding.remoteId ? { id: binding.remoteId } : { unavailable: "pending" };
}

/** The team library for the reference, edit and frame pickers, with what each provider can use. */
export async function loadTeamElements(registry: ProviderRegistry): Promise<TeamElement[]> {
  const rows = await loadRows();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    ...(row.description ? { description: row.description } : {}),
    ...(row.frontalImageUrl ? { thumbnailUrl: previewUrlOf(row.frontalImageUrl, { thumbnail: true }) } : {}),
    ...(row.tags.length ? { tags: row.tags } : {}),
    offers: Object.fromEntries(
      PROVIDERS.flatMap((provider) => {
        const offer = offerOf(registry, provider, row);
        return offer ? [[provider, offer]] : [];
      }),
    ),
  }));
}
