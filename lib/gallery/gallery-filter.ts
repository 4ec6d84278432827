import { z } from "zod";
import { GenerationModeSchema, PROVIDERS } from "@/lib/providers";

import { GALLERY_STATUSES } from "./gallery-view";

export { GALLERY_PAGE_SIZE, GALLERY_STATUSES, galleryQueryString, type GalleryStatus } from "./gallery-view";

// A query string's blank value (`?mode=`) means "no filter", as leaving the field empty does.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());
// A real calendar day: "2026-13-45" has the right shape but names no date.
const day = z.string().refine(
  (value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  },
  { error: "Use a date like 2026-12-01." },
);

/**
 * The gallery's view: filters, search, sort and the page cursor. One schema for the page's URL,
 * the route's query string and the browser's links, so a link or the back button restores a view.
 */
export const GalleryFilterSchema = z.object({
  q: optional(z.string().trim().max(200, { error: "Search for at most 200 characters." })),
  status: optional(z.enum(GALLERY_STATUSES)),
  mode: optional(GenerationModeSchema),
  provider: optional(z.enum(PROVIDERS)),
  model: optional(z.string().max(200)),
  /** A creator's id, or "me". */
  creator: optional(z.string().max(200)),
  from: optional(day),
  to: optional(day),
  /** "1": only the viewer's favourites. */
  fav: optional(z.enum(["1"])),
  /** "1": only generations with a stored video. */
  video: optional(z.enum(["1"])),
  sort: optional(z.enum(["newest", "oldest"])),
  cursor: optional(z.string().max(200)),
});
export type GalleryFilter = z.infer<typeof GalleryFilterSchema>;

/** The filter from a URL's search parameters (the first value of a repeated one). */
export function galleryFilterFrom(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const entries =
    params instanceof URLSearchParams
      ? [...params.keys()].map((key) => [key, params.get(key)] as const)
      : Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value] as const);
  const known = Object.keys(GalleryFilterSchema.shape);
  return GalleryFilterSchema.safeParse(Object.fromEntries(entries.filter(([key]) => known.includes(key))));
}

const GENERATION_ID = z.uuid({ error: "Each id must be a generation's id." });

/** Several generations chosen in the gallery (download as a ZIP, delete): 1 to 200 ids. */
export const GenerationSelectionSchema = z.object({
  ids: z
    .array(GENERATION_ID)
    .min(1, { error: "Choose at least one generation." })
    .max(200, { error: "Choose at most 200 generations at once." })
    .transform((ids) => [...new Set(ids.map((id) => id.toLowerCase()))]),
});
