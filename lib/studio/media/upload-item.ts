import type { MediaItem, MediaRole } from "@/lib/providers";
import type { UploadedAsset } from "./upload-result";

// Uploaded files as media items, without the answer's schema (upload-result.ts): the editors
// render these on every mode page, which must not load zod for it.

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
export function previewUrlOf(url: string, { thumbnail = false }: { thumbnail?: boolean } = {}): string {
  const id = /^asset:(.+)$/.exec(url)?.[1];
  if (!id) return url;
  return thumbnail ? `/api/assets/${id}?thumbnail` : `/api/assets/${id}`;
}
