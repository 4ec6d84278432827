import { StorageError } from "./errors";
import type { ByteRange } from "./types";

export const MAX_KEY_LENGTH = 512;

// A segment may not start with "." so keys can never name ".", "..", or the driver's own hidden
// temp and sidecar files; the small character set keeps keys safe in paths and URLs unescaped.
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** Throws a StorageError("invalid_key") explaining what is wrong with `key`. */
export function assertStorageKey(key: string): void {
  const problem = storageKeyProblem(key);
  if (problem) throw new StorageError("invalid_key", `Invalid storage key ${JSON.stringify(key)}: ${problem}`);
}

export function isStorageKey(key: string): boolean {
  return storageKeyProblem(key) === undefined;
}

function storageKeyProblem(key: string): string | undefined {
  if (typeof key !== "string" || key.length === 0) return "it is empty";
  if (key.length > MAX_KEY_LENGTH) return `it is longer than ${MAX_KEY_LENGTH} characters`;
  if (key.startsWith("/")) return "it must be relative (no leading /)";
  for (const segment of key.split("/")) {
    if (segment === "") return "it has an empty path segment (// or a trailing /)";
    if (segment === "." || segment === "..") return "it must not contain . or .. segments";
    if (!SEGMENT.test(segment)) return "segments may only use A-Z a-z 0-9 . _ - and must not start with .";
  }
  return undefined;
}

/** Ranges are inclusive, as in HTTP: {start: 0, end: 0} is the first byte. */
export function assertByteRange(range: ByteRange): void {
  const { start, end } = range;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) {
    throw new StorageError("invalid_range", `Invalid byte range ${start}-${end}`);
  }
}
