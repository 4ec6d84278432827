import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, open, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { bodyToReadable, ContentMeter } from "./content-meter";
import { putFromUrl } from "./download";
import { StorageError } from "./errors";
import { contentTypeFromExtension } from "./media-types";
import { assertExpiresInSeconds, signedMediaUrl } from "./signing";
import type {
  ByteRange,
  PutFromUrlOptions,
  PutOptions,
  SignedUrlOptions,
  Storage,
  StorageBody,
  StoredObject,
  StoredObjectInfo,
  StoredObjectStream,
} from "./types";
import { assertByteRange, assertStorageKey } from "./validation";

export type LocalStorageOptions = {
  /** Directory holding the objects, usually `${DATA_DIR}/media`; created on first write. */
  root: string;
  /** Base of signed URLs, e.g. https://studio.example.com (PUBLIC_URL). */
  publicUrl: string;
  signingSecret: string;
};

type Sidecar = { contentType: string };

/**
 * Objects as plain files under `root`, one per key. Each file has a hidden sidecar
 * `.<name>.meta.json` with its content type; keys cannot start a segment with "." (see
 * validation), so sidecars and temp files never collide with a key.
 */
export class LocalStorage implements Storage {
  readonly driver = "local";
  private readonly root: string;

  constructor(private readonly options: LocalStorageOptions) {
    this.root = path.resolve(options.root);
  }

  async put(key: string, body: StorageBody, options: PutOptions): Promise<StoredObject> {
    const file = this.pathOf(key);
    const directory = path.dirname(file);
    await mkdir(directory, { recursive: true });
    // Same directory as the target, so the final rename is atomic (no cross-device move).
    const temp = path.join(directory, `.${path.basename(file)}.${randomUUID()}.tmp`);
    const meter = new ContentMeter(options.maxBytes);
    try {
      await pipeline(bodyToReadable(body), meter, createWriteStream(temp, { flags: "wx" }), { signal: options.signal });
      await flushToDisk(temp);
      // Sidecar first: a crash before the rename below leaves only a harmless orphan sidecar.
      await writeAtomically(sidecarOf(file), JSON.stringify({ contentType: options.contentType } satisfies Sidecar));
      // The commit point: until here the key shows the previous object, or nothing.
      await rename(temp, file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    return { key, sizeBytes: meter.sizeBytes, sha256: meter.digest(), contentType: options.contentType };
  }

  putFromUrl(key: string, url: string | URL, options?: PutFromUrlOptions): Promise<StoredObject> {
    return putFromUrl(this, key, url, options);
  }

  async stat(key: string): Promise<StoredObjectInfo | null> {
    const file = this.pathOf(key);
    const info = await stat(file).catch(nullIfMissing);
    if (!info?.isFile()) return null;
    return { ...describe(info), contentType: await this.contentTypeOf(key, file) };
  }

  async read(key: string, range?: ByteRange): Promise<StoredObjectStream | null> {
    const file = this.pathOf(key);
    if (range) assertByteRange(range);
    // Stat and stream the same open file, so a concurrent replacement cannot mix two versions.
    const handle = await open(file, "r").catch(nullIfMissing);
    if (!handle) return null;
    try {
      const info = await handle.stat();
      if (!info.isFile()) {
        await handle.close();
        return null;
      }
      if (range && range.start >= info.size) {
        throw new StorageError(
          "invalid_range",
          `Range starts at ${range.start}, past the end of ${key} (${info.size} bytes)`,
        );
      }
      const part = range ? { start: range.start, end: Math.min(range.end, info.size - 1) } : undefined;
      const contentType = await this.contentTypeOf(key, file);
      // The stream owns the handle from here and closes it when it ends or is destroyed.
      const body = handle.createReadStream(part ? { start: part.start, end: part.end } : {});
      return { ...describe(info), contentType, body, range: part };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const file = this.pathOf(key);
    await rm(file, { force: true });
    await rm(sidecarOf(file), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    return (await this.stat(key)) !== null;
  }

  async signedUrl(key: string, { expiresInSeconds }: SignedUrlOptions): Promise<string> {
    assertStorageKey(key);
    assertExpiresInSeconds(expiresInSeconds);
    return signedMediaUrl(this.options.publicUrl, key, { secret: this.options.signingSecret, expiresInSeconds });
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    const file = path.join(this.root, ...key.split("/"));
    // Defence in depth: validated keys cannot escape, but a future rule change must not either.
    if (!file.startsWith(this.root + path.sep))
      throw new StorageError("invalid_key", `Storage key ${JSON.stringify(key)} escapes the root`);
    return file;
  }

  private async contentTypeOf(key: string, file: string): Promise<string | undefined> {
    const text = await readFile(sidecarOf(file), "utf8").catch(nullIfMissing);
    if (text) {
      const sidecar = JSON.parse(text) as Partial<Sidecar>;
      if (typeof sidecar.contentType === "string") return sidecar.contentType;
    }
    return contentTypeFromExtension(key);
  }
}

export function createLocalStorage(options: LocalStorageOptions): LocalStorage {
  return new LocalStorage(options);
}

function sidecarOf(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.meta.json`);
}

function describe(info: { size: number; mtime: Date; mtimeMs: number }): Omit<StoredObjectInfo, "contentType"> {
  // Size and mtime change whenever a put replaces the file, like nginx's ETags.
  const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  return { sizeBytes: info.size, etag, lastModified: info.mtime };
}

// Without it a power cut after the rename could leave the key naming an empty or short file.
async function flushToDisk(file: string): Promise<void> {
  const handle = await open(file, "r+");
  try {
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

async function writeAtomically(file: string, content: string): Promise<void> {
  const temp = `${file}.${randomUUID()}.tmp`;
  try {
    await writeFile(temp, content, { flag: "wx" });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

function nullIfMissing(error: unknown): null {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return null;
  throw error;
}
