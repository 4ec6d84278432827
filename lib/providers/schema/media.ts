import { z } from "zod";
import { MEDIA_ROLES } from "./media-roles";

export { MEDIA_ROLE_KIND, MEDIA_ROLES, type MediaKind } from "./media-roles";

export const MediaRoleSchema = z.enum(MEDIA_ROLES);
export type MediaRole = z.infer<typeof MediaRoleSchema>;

/** A file uploaded to the studio: `asset:<id>`. The task engine turns it into what the provider can fetch. */
export const STUDIO_ASSET_URL = /^asset:([0-9a-f-]{36})$/;

/**
 * http(s) URL, a data: URL for providers that accept Base64 media (see capabilities.base64Media),
 * or a studio upload (`asset:<id>`), resolved to one of the other two before any provider sees it.
 */
export const MediaUrlSchema = z
  .string()
  .refine(
    (value) =>
      (!value.includes("\u0000") && value.isWellFormed() && /^https?:\/\/[^\s/]+\S*$/i.test(value)) ||
      /^data:[\w.+-]+\/[\w.+-]+;base64,[A-Za-z0-9+/=\s]+$/.test(value) ||
      STUDIO_ASSET_URL.test(value),
    { message: "must be an http(s) URL, a Base64 data: URL or an uploaded file" },
  );

/** Facts the app learns by inspecting an upload; adapters check provider media rules only when they are known. */
export const MediaMetadataSchema = z.object({
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  durationSeconds: z.number().positive().optional(),
  fps: z.number().positive().optional(),
  sizeBytes: z.number().int().nonnegative().optional(),
  /** Lower-case container or image format: "jpeg", "jpg", "png", "webp", "mp4", "mov"… */
  format: z
    .string()
    .min(1)
    .transform((value) => value.toLowerCase())
    .optional(),
  /** Whether an image has a transparency channel (some providers refuse PNGs with alpha). */
  hasAlpha: z.boolean().optional(),
});
export type MediaMetadata = z.infer<typeof MediaMetadataSchema>;

export const MediaItemSchema = z.object({
  role: MediaRoleSchema,
  url: MediaUrlSchema,
  /** Videos only: keep the input video's sound in the output. */
  keepOriginalSound: z.boolean().optional(),
  metadata: MediaMetadataSchema.optional(),
});
export type MediaItem = z.infer<typeof MediaItemSchema>;
