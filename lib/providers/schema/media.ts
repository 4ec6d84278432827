import { z } from "zod";

/**
 * Roles a media item plays in a generation. The role decides whether it is an image or a video:
 * frames, reference images, characters and masks are images; base (to edit), feature
 * (style/camera reference or the shot to extend) and action (motion source) are videos.
 */
export const MEDIA_ROLES = [
  "first_frame",
  "last_frame",
  "refer",
  "base",
  "feature",
  "character",
  "action",
  "mask",
] as const;
export const MediaRoleSchema = z.enum(MEDIA_ROLES);
export type MediaRole = z.infer<typeof MediaRoleSchema>;

export type MediaKind = "image" | "video";
export const MEDIA_ROLE_KIND: Record<MediaRole, MediaKind> = {
  first_frame: "image",
  last_frame: "image",
  refer: "image",
  character: "image",
  mask: "image",
  base: "video",
  feature: "video",
  action: "video",
};

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
