import type { Readable } from "node:stream";

export type StorageDriver = "local" | "s3";

/**
 * Bytes to store: in memory, a stream, or a file on local disk (read, never moved). A file is
 * `{ filePath }` rather than a bare string so a path can never be mistaken for content.
 */
export type StorageBody = Buffer | Uint8Array | Readable | { filePath: string };

export type PutOptions = {
  contentType: string;
  /** The write fails with StorageError("too_large") once the body exceeds this. */
  maxBytes?: number;
  signal?: AbortSignal;
};

export type PutFromUrlOptions = {
  /** Overrides the response's Content-Type; else the response's, then the key's extension. */
  contentType?: string;
  /** Default DEFAULT_MAX_DOWNLOAD_BYTES. */
  maxBytes?: number;
  /** Covers the whole download, body included. Default DEFAULT_DOWNLOAD_TIMEOUT_MS. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** file:// URLs read local files, so they are refused unless the caller trusts the URL (the simulator). */
  allowFileUrls?: boolean;
};

/** What `put` wrote; sizeBytes and sha256 were measured while streaming. */
export type StoredObject = { key: string; sizeBytes: number; sha256: string; contentType: string };

export type StoredObjectInfo = {
  sizeBytes: number;
  contentType?: string;
  /** Quoted, ready for an ETag header, e.g. "\"1f-18c2a\"". */
  etag: string;
  lastModified: Date;
};

/** Inclusive on both ends, as in HTTP: {start: 0, end: 0} is the first byte. */
export type ByteRange = { start: number; end: number };

/** An opened object: `sizeBytes` is the whole object's size, `range` the part `body` streams. */
export type StoredObjectStream = StoredObjectInfo & { body: Readable; range?: ByteRange };

export type SignedUrlOptions = { expiresInSeconds: number };

/**
 * Media storage. Keys are relative, "/"-separated and validated (see assertStorageKey); every
 * method throws StorageError("invalid_key") for a bad one. Writes are atomic: a reader sees
 * the previous object or the complete new one, never a partial file.
 */
export interface Storage {
  readonly driver: StorageDriver;
  put(key: string, body: StorageBody, options: PutOptions): Promise<StoredObject>;
  /** Downloads http(s) (and, when allowed, file://) URLs by streaming into `put`. */
  putFromUrl(key: string, url: string | URL, options?: PutFromUrlOptions): Promise<StoredObject>;
  /** null when there is no such object. */
  stat(key: string): Promise<StoredObjectInfo | null>;
  /** null when there is no such object; StorageError("invalid_range") when `range` starts past the end. */
  read(key: string, range?: ByteRange): Promise<StoredObjectStream | null>;
  /** Idempotent: deleting a missing object succeeds. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** A URL anyone holding it can GET until it expires, for providers fetching our inputs. */
  signedUrl(key: string, options: SignedUrlOptions): Promise<string>;
}
