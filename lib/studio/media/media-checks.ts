import type { MediaMetadata } from "@/lib/providers";

// Shared vocabulary of the client-side image and video checks. Rule names are the ones the
// providers' validators report (lib/providers/validation.ts), so a check shown before upload and the
// violation the server returns after submission read the same.

/** Facts measured about a file: the browser's before upload, the server's after. */
export type MediaFacts = MediaMetadata;

export type MediaCheckRule =
  | "file_type"
  | "image_format"
  | "image_alpha"
  | "image_size"
  | "image_aspect_ratio"
  | "image_file_size"
  | "video_format"
  | "video_duration"
  | "video_size"
  | "video_file_size"
  | "video_fps";

/** One broken rule: `rule` names it and is the message key under `media.checks`; params fill the message. */
export type MediaCheck = { rule: MediaCheckRule; params: Record<string, string | number> };

const MB = 1024 * 1024;

/** Megabytes with one decimal, as the messages show them. */
export const megabytes = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

/** A width/height ratio as people write it: 0.4 → "1:2.5", 2.5 → "2.5:1". */
export function ratioLabel(ratio: number): string {
  const round = (value: number) => Math.round(value * 100) / 100;
  return ratio < 1 ? `1:${round(1 / ratio)}` : `${round(ratio)}:1`;
}

/** The lower-case format a file declares ("jpeg", "png", "mp4", "mov"), from its type or else its name. */
export function formatOfFile(file: { type: string; name: string }): string | undefined {
  const byType: Record<string, string> = {
    "image/jpeg": "jpeg",
    "image/png": "png",
    "image/webp": "webp",
    "video/mp4": "mp4",
    "video/quicktime": "mov",
  };
  const known = byType[file.type.toLowerCase()];
  if (known) return known;
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  return extension === "jpg" ? "jpeg" : extension;
}
