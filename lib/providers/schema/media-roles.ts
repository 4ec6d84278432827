// The media roles as plain data, apart from their zod schema (media.ts), so the studio's pages can
// know an image from a video without loading zod.

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
type Role = (typeof MEDIA_ROLES)[number];

export type MediaKind = "image" | "video";
export const MEDIA_ROLE_KIND: Record<Role, MediaKind> = {
  first_frame: "image",
  last_frame: "image",
  refer: "image",
  character: "image",
  mask: "image",
  base: "video",
  feature: "video",
  action: "video",
};
