import "server-only";
import type { TeamElement } from "@/lib/studio/types";
import { prisma } from "@/lib/db/client";
import { PROVIDERS, type ProviderId } from "@/lib/providers/browser";
import { previewUrlOf } from "@/lib/studio/media/upload-item";

/** How many elements the picker receives; it filters by search, a larger library needs a server search. */
const PICKER_LIMIT = 500;

const providerOf = (value: string | null): ProviderId | undefined => PROVIDERS.find((id) => id === value);

/** The team library for the reference and edit pickers, with a thumbnail where the element has one. */
export async function loadTeamElements(): Promise<TeamElement[]> {
  const rows = await prisma.element.findMany({ orderBy: { name: "asc" }, take: PICKER_LIMIT });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    ...(row.description ? { description: row.description } : {}),
    ...(row.frontalImageUrl ? { thumbnailUrl: previewUrlOf(row.frontalImageUrl) } : {}),
    ...(providerOf(row.provider) && row.providerElementId
      ? { provider: providerOf(row.provider), providerElementId: row.providerElementId }
      : {}),
  }));
}
