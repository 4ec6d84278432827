import "server-only";
import { prisma } from "@/lib/db/client";
import type { GenerationMode, MediaRole } from "@/lib/providers";
import { MEDIA_ROLE_KIND } from "@/lib/providers/browser";

const STUDIO_ASSET = /^asset:([0-9a-f-]{36})$/;
const MADE_FROM_IT_SHOWN = 20;

/** Another generation, as a link shows it. */
export type RelatedGeneration = { id: string; mode: GenerationMode; promptPreview: string };

/** One input of a generation: where it can be seen, and the generation that made it, if one did. */
export type GenerationInput = {
  role: MediaRole;
  kind: "image" | "video";
  /** The studio's copy (`/api/assets/…`), or the address the creator gave; none for inline Base64. */
  url: string | null;
  from: RelatedGeneration | null;
};

export type Lineage = {
  inputs: GenerationInput[];
  /** Generations that used one of this generation's files as an input (its extensions, edits…). */
  madeFromIt: (RelatedGeneration & { role: MediaRole })[];
};

type StoredMedia = { role?: unknown; url?: unknown };

function mediaOf(request: unknown): { role: MediaRole; url: string }[] {
  const media = (request as { media?: unknown } | null)?.media;
  if (!Array.isArray(media)) return [];
  return media.flatMap((item: StoredMedia) =>
    typeof item?.role === "string" && item.role in MEDIA_ROLE_KIND && typeof item.url === "string"
      ? [{ role: item.role as MediaRole, url: item.url }]
      : [],
  );
}

/**
 * What a generation was made from and what was made from it, read from the requests themselves: an
 * input that is one of the studio's files (`asset:<id>`) made by another generation links to it.
 */
export async function loadLineage(generationId: string): Promise<Lineage> {
  const generation = await prisma.generation.findUnique({
    where: { id: generationId },
    select: { request: true, assets: { select: { id: true } } },
  });
  if (!generation) return { inputs: [], madeFromIt: [] };
  const media = mediaOf(generation.request);
  const assetIds = media.flatMap(({ url }) => STUDIO_ASSET.exec(url)?.[1] ?? []);
  const assets = await prisma.asset.findMany({
    where: { id: { in: assetIds } },
    select: { id: true, generation: { select: { id: true, mode: true, promptPreview: true } } },
  });
  const byId = new Map(assets.map((asset) => [asset.id, asset]));
  const inputs = media.map(({ role, url }): GenerationInput => {
    const assetId = STUDIO_ASSET.exec(url)?.[1];
    const asset = assetId ? byId.get(assetId) : undefined;
    return {
      role,
      kind: MEDIA_ROLE_KIND[role],
      url: assetId ? (asset ? `/api/assets/${assetId}` : null) : url.startsWith("data:") ? null : url,
      from: asset?.generation ?? null,
    };
  });

  // Requests that name one of this generation's files. A scan of the requests: fine for a team's
  // history; an index of inputs would be the next step if it grows large.
  const ownFiles = generation.assets.map((asset) => `asset:${asset.id}`);
  const madeFromIt = ownFiles.length
    ? await prisma.$queryRaw<(RelatedGeneration & { role: MediaRole })[]>`
        SELECT g.id, g.mode::text AS mode, g."promptPreview", item->>'role' AS role
        FROM generation g, jsonb_array_elements(CASE WHEN jsonb_typeof(g.request->'media') = 'array'
                                                     THEN g.request->'media' ELSE '[]'::jsonb END) item
        WHERE item->>'url' = ANY(${ownFiles}) AND g.id <> ${generationId}
        ORDER BY g."createdAt" DESC
        LIMIT ${MADE_FROM_IT_SHOWN}`
    : [];
  return { inputs, madeFromIt };
}
