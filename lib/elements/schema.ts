import { z } from "zod";
import { PROVIDERS, STUDIO_ASSET_URL } from "@/lib/providers";
import { TEAM_ELEMENT_LIMITS } from "./rules";

// The element as admins send it, from the form and (later) the REST API alike. Each provider's own
// limits are checked after parsing (rules.ts), so every broken rule is named at once.

/** Element images are the studio's own uploads (`asset:<id>`); the server fetches nothing an admin names. */
const image = z.string().regex(STUDIO_ASSET_URL, { error: "Upload the image to the studio first." });

export const ElementDraftSchema = z.object({
  name: z.string().trim().max(1_000),
  description: z.string().trim().max(10_000).default(""),
  tags: z
    .array(z.string().trim().min(1).max(TEAM_ELEMENT_LIMITS.tag))
    .max(100)
    .default([])
    .transform((tags) => [...new Set(tags)]),
  frontalImageUrl: image.optional(),
  referImageUrls: z.array(image).max(TEAM_ELEMENT_LIMITS.referImages).default([]),
  providers: z
    .array(z.enum(PROVIDERS))
    .max(PROVIDERS.length)
    .default([])
    .transform((ids) => [...new Set(ids)]),
});
export type ElementDraftInput = z.input<typeof ElementDraftSchema>;

export const ElementIdSchema = z.object({ elementId: z.uuid() });

/** A DashScope (catalogue) element: Kling's id for it, with the name and picture the team knows it by. */
export const CatalogueElementSchema = z.object({
  provider: z.enum(PROVIDERS),
  remoteId: z
    .string()
    .trim()
    .regex(/^\d{1,20}$/, { error: "A Kling element id is a whole number." }),
  name: z.string().trim().min(1).max(TEAM_ELEMENT_LIMITS.name),
  description: z.string().trim().max(TEAM_ELEMENT_LIMITS.description).default(""),
  frontalImageUrl: image,
});

/** One of a provider's own elements (custom or preset) the team adopts. */
export const AdoptElementSchema = z.object({
  provider: z.enum(PROVIDERS),
  remoteId: z.string().regex(/^\d{1,20}$/),
  source: z.enum(["custom", "preset"]),
});

export const BindingSchema = z.object({ elementId: z.uuid(), provider: z.enum(PROVIDERS) });
