import { z } from "zod";
import type { MediaItem, MediaRole } from "@/lib/providers";

// What POST /api/uploads answers (lib/uploads/store-upload.ts presentUpload), parsed so nothing
// untyped reaches the editors.

const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? undefined);

export const UploadedAssetSchema = z.object({
  id: z.string(),
  url: z.string().regex(/^asset:/),
  previewUrl: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
  width: nullable(z.number()),
  height: nullable(z.number()),
  durationSeconds: nullable(z.number()),
  fps: nullable(z.number()),
  format: nullable(z.string()),
  hasAlpha: nullable(z.boolean()),
});
export type UploadedAsset = z.infer<typeof UploadedAssetSchema>;

/** The server's refusal (application/problem+json); `rule` is a stable code such as "file_too_large". */
export const UploadProblemSchema = z.object({ detail: z.string().default(""), rule: z.string().optional() });
export type UploadProblem = z.infer<typeof UploadProblemSchema>;

/** The media item an uploaded file becomes, carrying the server's measurements so providers' rules can be checked. */
export function mediaItemFromUpload(asset: UploadedAsset, role: MediaRole): MediaItem {
  const metadata = Object.fromEntries(
    Object.entries({
      width: asset.width,
      height: asset.height,
      durationSeconds: asset.durationSeconds,
      fps: asset.fps,
      sizeBytes: asset.sizeBytes,
      format: asset.format?.toLowerCase(),
      hasAlpha: asset.hasAlpha,
    }).filter(([, value]) => value !== undefined),
  );
  return { role, url: asset.url, metadata };
}

/** Where an asset's preview is served, for media items that came from uploads (`asset:<id>`). */
export function previewUrlOf(url: string): string {
  const id = /^asset:(.+)$/.exec(url)?.[1];
  return id ? `/api/assets/${id}` : url;
}
