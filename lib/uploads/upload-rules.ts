/** What the studio accepts as an upload, before any provider's own rules apply. */
export const UPLOAD_TYPES = {
  "image/jpeg": { kind: "image", extension: "jpg", maxBytes: 10 * 1024 * 1024 },
  "image/png": { kind: "image", extension: "png", maxBytes: 10 * 1024 * 1024 },
  "video/mp4": { kind: "video", extension: "mp4", maxBytes: 200 * 1024 * 1024 },
  "video/quicktime": { kind: "video", extension: "mov", maxBytes: 200 * 1024 * 1024 },
} as const;

export type UploadContentType = keyof typeof UPLOAD_TYPES;

export function uploadTypeOf(contentType: string | null): UploadContentType | null {
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  return type && type in UPLOAD_TYPES ? (type as UploadContentType) : null;
}

// Image formats as sharp names them, per declared type: a PNG sent as JPEG is refused.
export const IMAGE_FORMAT_OF: Partial<Record<UploadContentType, string>> = { "image/jpeg": "jpeg", "image/png": "png" };
