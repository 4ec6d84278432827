import "server-only";
import type { Asset } from "@/lib/db/generated/client";
import type { MediaFacts } from "@/lib/studio/media/media-checks";

/** What the studio measured about a stored image, in the shape the image rules read (absent, never null). */
export function imageFactsOf(
  asset: Pick<Asset, "width" | "height" | "sizeBytes" | "format" | "contentType" | "hasAlpha">,
): MediaFacts {
  const facts = {
    width: asset.width,
    height: asset.height,
    sizeBytes: Number(asset.sizeBytes),
    format: asset.format ?? asset.contentType.split("/")[1],
    hasAlpha: asset.hasAlpha,
  };
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== null && value !== undefined));
}
