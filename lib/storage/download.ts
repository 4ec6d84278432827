import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { fileURLToPath } from "node:url";
import { StorageError, isStorageError } from "./errors";
import { contentTypeFromExtension, DEFAULT_CONTENT_TYPE } from "./media-types";
import type { PutFromUrlOptions, Storage, StoredObject } from "./types";

export const DEFAULT_MAX_DOWNLOAD_BYTES = 2 * 1024 ** 3;
export const DEFAULT_DOWNLOAD_TIMEOUT_MS = 10 * 60_000;

type Source = { body: Readable; contentType?: string };

/**
 * putFromUrl for every driver: opens the URL as a stream and hands it to `put`, which enforces
 * the size limit while writing. One timer covers connecting and the whole body.
 */
export async function putFromUrl(
  storage: Pick<Storage, "put">,
  key: string,
  url: string | URL,
  options: PutFromUrlOptions = {},
): Promise<StoredObject> {
  const target = parseUrl(url, options.allowFileUrls ?? false);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_DOWNLOAD_TIMEOUT_MS;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
  try {
    const source =
      target.protocol === "file:" ? await openFile(target, maxBytes, signal) : await openHttp(target, maxBytes, signal);
    const contentType =
      options.contentType ?? source.contentType ?? contentTypeFromExtension(key) ?? DEFAULT_CONTENT_TYPE;
    return await storage.put(key, source.body, { contentType, maxBytes, signal });
  } catch (error) {
    // Aborts surface as AbortError from fetch or the pipeline; name the real cause instead.
    if (options.signal?.aborted) throw options.signal.reason ?? error;
    if (timeout.signal.aborted) {
      throw new StorageError("timeout", `Downloading ${redact(target)} took longer than ${timeoutMs} ms`, {
        cause: error,
      });
    }
    if (isStorageError(error)) throw error;
    throw new StorageError("download_failed", `Downloading ${redact(target)} failed: ${(error as Error).message}`, {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
  }
}

function parseUrl(url: string | URL, allowFileUrls: boolean): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new StorageError("url_refused", "The download URL is not a valid absolute URL");
  }
  if (parsed.protocol === "http:" || parsed.protocol === "https:") return parsed;
  if (parsed.protocol === "file:" && allowFileUrls) return parsed;
  const why =
    parsed.protocol === "file:" ? "file:// URLs need allowFileUrls: true" : "only http(s) URLs can be downloaded";
  throw new StorageError("url_refused", `Refusing to download ${parsed.protocol} URL: ${why}`);
}

async function openHttp(url: URL, maxBytes: number, signal: AbortSignal): Promise<Source> {
  const response = await fetch(url, { signal, redirect: "follow" });
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw new StorageError("download_failed", `Downloading ${redact(url)} failed with HTTP ${response.status}`);
  }
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body.cancel();
    throw new StorageError("too_large", `${redact(url)} is ${declared} bytes, over the limit of ${maxBytes}`);
  }
  const contentType = response.headers.get("content-type") ?? undefined;
  // The DOM and node:stream/web ReadableStream types describe the same runtime object.
  return { body: Readable.fromWeb(response.body as unknown as NodeReadableStream<Uint8Array>), contentType };
}

async function openFile(url: URL, maxBytes: number, signal: AbortSignal): Promise<Source> {
  const filePath = fileURLToPath(url);
  const info = await stat(filePath);
  if (!info.isFile()) throw new StorageError("download_failed", `${filePath} is not a file`);
  if (info.size > maxBytes)
    throw new StorageError("too_large", `${filePath} is ${info.size} bytes, over the limit of ${maxBytes}`);
  return { body: createReadStream(filePath, { signal }), contentType: contentTypeFromExtension(filePath) };
}

// Provider URLs often carry credentials in the query string; keep them out of error messages.
function redact(url: URL): string {
  return url.protocol === "file:" ? url.href : `${url.origin}${url.pathname}`;
}
