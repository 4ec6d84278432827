import { Readable } from "node:stream";
import { isStorageError } from "./errors";
import { DEFAULT_CONTENT_TYPE } from "./media-types";
import type { ByteRange, Storage, StoredObjectInfo } from "./types";
import { isStorageKey } from "./validation";

/** For content-addressed media: a key never names different bytes, so caches may keep it. */
export const IMMUTABLE_CACHE_CONTROL = "private, max-age=31536000, immutable";

export type RangeRequest =
  /** No usable Range header: serve the whole object. */
  | { type: "none" }
  | { type: "range"; range: ByteRange }
  /** Answer 416 with `Content-Range: bytes *\/size`. */
  | { type: "unsatisfiable" };

/**
 * Parses a Range header against an object of `size` bytes (RFC 9110 §14).
 * - Other units than `bytes` are ignored (whole object), as the RFC allows.
 * - Malformed specs, or ranges that all start past the end, are unsatisfiable (416).
 * - Several ranges are answered with the one range covering all satisfiable ones: players
 *   never ask for several, and a single part avoids multipart/byteranges bodies while still
 *   holding every requested byte (the RFC lets servers coalesce).
 */
export function parseRangeHeader(header: string | null | undefined, size: number): RangeRequest {
  const match = header?.trim() && /^bytes\s*=\s*(.*)$/i.exec(header.trim());
  if (!match) return { type: "none" };
  const satisfiable: ByteRange[] = [];
  for (const spec of (match[1] ?? "").split(",")) {
    const parts = /^\s*(\d*)\s*-\s*(\d*)\s*$/.exec(spec);
    const [first, last] = [parts?.[1] ?? "", parts?.[2] ?? ""];
    if (!parts || (first === "" && last === "")) return { type: "unsatisfiable" };
    if (first === "") {
      // Suffix range: the last n bytes.
      const length = Number(last);
      if (length > 0 && size > 0) satisfiable.push({ start: Math.max(0, size - length), end: size - 1 });
      continue;
    }
    const start = Number(first);
    const end = last === "" ? size - 1 : Number(last);
    if (end < start && last !== "") return { type: "unsatisfiable" };
    if (start < size) satisfiable.push({ start, end: Math.min(end, size - 1) });
  }
  if (satisfiable.length === 0) return { type: "unsatisfiable" };
  const start = Math.min(...satisfiable.map((range) => range.start));
  const end = Math.max(...satisfiable.map((range) => range.end));
  return { type: "range", range: { start, end } };
}

/** If-None-Match, weak comparison (RFC 9110 §13.1.2); "*" matches any existing object. */
export function etagMatches(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((candidate) => opaque(candidate) === opaque(etag));
}

/** Whether If-Range (absent, a strong ETag or a date) still lets the Range header apply. */
export function ifRangeAllows(ifRange: string | null, info: Pick<StoredObjectInfo, "etag" | "lastModified">): boolean {
  if (!ifRange) return true;
  const value = ifRange.trim();
  if (value.startsWith('"') || value.startsWith("W/")) return !info.etag.startsWith("W/") && value === info.etag;
  const date = Date.parse(value);
  return !Number.isNaN(date) && Math.floor(info.lastModified.getTime() / 1000) === Math.floor(date / 1000);
}

function notModified(request: Request, info: StoredObjectInfo): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch !== null) return etagMatches(ifNoneMatch, info.etag);
  const since = Date.parse(request.headers.get("if-modified-since") ?? "");
  return !Number.isNaN(since) && Math.floor(info.lastModified.getTime() / 1000) <= Math.floor(since / 1000);
}

export type ServeOptions = {
  /** Default IMMUTABLE_CACHE_CONTROL; pass e.g. "private, no-cache" for keys that get overwritten. */
  cacheControl?: string;
  /** Extra headers such as Content-Disposition; they override the computed ones. */
  headers?: HeadersInit;
};

/**
 * Answers GET and HEAD for a stored object after the caller has checked access: 200, 206 for
 * a Range, 304 for a matching If-None-Match/If-Modified-Since, 416, 404 or 405. HEAD ignores
 * Range, as RFC 9110 defines ranges for GET only.
 */
export async function serveStoredObject(
  storage: Storage,
  key: string,
  request: Request,
  options: ServeOptions = {},
): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    return new Response(null, { status: 405, headers: { allow: "GET, HEAD" } });
  }
  // An invalid key names no object; from a URL it is just a miss.
  const info = isStorageKey(key) ? await storage.stat(key) : null;
  if (!info) return notFound();

  const headers = (current: StoredObjectInfo) => {
    const result = new Headers({
      "accept-ranges": "bytes",
      etag: current.etag,
      "last-modified": current.lastModified.toUTCString(),
      "cache-control": options.cacheControl ?? IMMUTABLE_CACHE_CONTROL,
      "content-type": current.contentType ?? DEFAULT_CONTENT_TYPE,
      "x-content-type-options": "nosniff",
      // Opened directly, an uploaded HTML or SVG file must not run script on our origin.
      "content-security-policy": "sandbox",
    });
    new Headers(options.headers).forEach((value, name) => result.set(name, value));
    return result;
  };

  if (notModified(request, info)) return new Response(null, { status: 304, headers: headers(info) });
  if (request.method === "HEAD") {
    const head = headers(info);
    head.set("content-length", String(info.sizeBytes));
    return new Response(null, { status: 200, headers: head });
  }

  const wanted = ifRangeAllows(request.headers.get("if-range"), info)
    ? parseRangeHeader(request.headers.get("range"), info.sizeBytes)
    : ({ type: "none" } as const);
  if (wanted.type === "unsatisfiable") return unsatisfiable(info.sizeBytes);

  let opened;
  try {
    opened = await storage.read(key, wanted.type === "range" ? wanted.range : undefined);
  } catch (error) {
    // The object shrank between stat and read.
    if (isStorageError(error, "invalid_range")) return unsatisfiable(info.sizeBytes);
    throw error;
  }
  if (!opened) return notFound();

  // Headers come from the opened object, so they describe exactly the bytes being sent.
  const response = headers(opened);
  const { body, range } = opened;
  request.signal?.addEventListener("abort", () => body.destroy(), { once: true });
  if (range) {
    response.set("content-range", `bytes ${range.start}-${range.end}/${opened.sizeBytes}`);
    response.set("content-length", String(range.end - range.start + 1));
  } else {
    response.set("content-length", String(opened.sizeBytes));
  }
  // node:stream/web and DOM ReadableStream types describe the same runtime object.
  const stream = Readable.toWeb(body) as unknown as ReadableStream<Uint8Array>;
  return new Response(stream, { status: range ? 206 : 200, headers: response });
}

function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}

function unsatisfiable(size: number): Response {
  return new Response(null, { status: 416, headers: { "content-range": `bytes */${size}`, "accept-ranges": "bytes" } });
}
