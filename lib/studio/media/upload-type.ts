import type { MediaKind } from "@/lib/providers";
import { UPLOAD_TYPES, uploadTypeOf, type UploadContentType } from "@/lib/uploads/upload-rules";
import type { MediaCheck } from "./media-checks";

/** Content types the studio's upload endpoint takes for one kind, for a file input's `accept`. */
export function acceptedTypes(kind: MediaKind): string[] {
  return Object.entries(UPLOAD_TYPES).flatMap(([type, rule]) => (rule.kind === kind ? [type] : []));
}

/** The formats one kind takes as people name them ("JPEG", "PNG"), for a sentence rather than a MIME list. */
export function acceptedFormatNames(kind: MediaKind): string[] {
  return acceptedTypes(kind).map((type) =>
    UPLOAD_TYPES[type as UploadContentType].extension === "jpg"
      ? "JPEG"
      : UPLOAD_TYPES[type as UploadContentType].extension.toUpperCase(),
  );
}

/** The studio's own limits (type and size), checked before the provider's: the server would refuse these outright. */
export function checkUploadType(file: { type: string; size: number }, kind: MediaKind): MediaCheck[] {
  const type = uploadTypeOf(file.type);
  if (!type || UPLOAD_TYPES[type].kind !== kind) {
    return [{ rule: "file_type", params: { format: file.type || "?", formats: acceptedFormatNames(kind).join(", ") } }];
  }
  return [];
}
