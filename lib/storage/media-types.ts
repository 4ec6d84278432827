// Fallback when a stored object carries no content type of its own.
const BY_EXTENSION: Record<string, string> = {
  mp4: "video/mp4",
  m4v: "video/mp4",
  mov: "video/quicktime",
  webm: "video/webm",
  mp3: "audio/mpeg",
  m4a: "audio/mp4",
  wav: "audio/wav",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
  json: "application/json",
  txt: "text/plain; charset=utf-8",
};

export const DEFAULT_CONTENT_TYPE = "application/octet-stream";

/** The content type implied by a key's (or path's) extension, if it is a known one. */
export function contentTypeFromExtension(keyOrPath: string): string | undefined {
  const name = keyOrPath.slice(keyOrPath.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? BY_EXTENSION[name.slice(dot + 1).toLowerCase()] : undefined;
}
