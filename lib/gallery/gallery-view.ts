// What the gallery's browser code needs at run time, kept free of zod and of the provider library
// so the gallery page stays light; the schema (gallery-filter.ts) builds on it.

/** How the gallery groups statuses: a filter for "running" means every unfinished one. */
export const GALLERY_STATUSES = ["running", "succeeded", "failed", "canceled"] as const;
export type GalleryStatus = (typeof GALLERY_STATUSES)[number];

export const GALLERY_PAGE_SIZE = 24;

/** The URL query of a view, without empty values or the cursor (pages are loaded, not linked). */
export function galleryQueryString(filter: Partial<Record<string, string | undefined>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value && key !== "cursor") params.set(key, String(value));
  return params.toString();
}
