import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  type S3ClientConfig,
} from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { bodyToReadable, ContentMeter, measureBuffer } from "./content-meter";
import { putFromUrl } from "./download";
import { StorageError } from "./errors";
import { assertExpiresInSeconds } from "./signing";
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

export type S3StorageOptions = {
  bucket: string;
  region: string;
  /** For S3-compatible stores (MinIO, R2); absent for AWS. */
  endpoint?: string;
  /** MinIO and most self-hosted stores need path-style URLs (endpoint/bucket/key). */
  forcePathStyle?: boolean;
  /** Absent: the SDK's default chain (env, shared config, instance role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Prepended to every key as `${prefix}/${key}`, to share a bucket. */
  prefix?: string;
  /** Where streams of unknown length are staged before upload, e.g. `${DATA_DIR}/tmp/uploads`. */
  spoolDir: string;
};

/**
 * Objects in an S3-compatible bucket. PutObject needs the length up front and we want the
 * sha256 anyway, so stream bodies are first written to a local spool file while being measured;
 * this keeps memory flat without multipart uploads (a single PUT takes up to 5 GB).
 */
export class S3Storage implements Storage {
  readonly driver = "s3";
  readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;
  private readonly spoolDir: string;

  constructor(options: S3StorageOptions, clientOverrides: Partial<S3ClientConfig> = {}) {
    this.bucket = options.bucket;
    this.prefix = options.prefix ? `${options.prefix.replace(/^\/+|\/+$/g, "")}/` : "";
    this.spoolDir = options.spoolDir;
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle ?? false,
      credentials: options.credentials,
      // The SDK's default CRC32 trailers (aws-chunked bodies) are not understood by every
      // S3-compatible store; send checksums only where the API demands them.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
      ...clientOverrides,
    });
  }

  async put(key: string, body: StorageBody, options: PutOptions): Promise<StoredObject> {
    const objectKey = this.objectKey(key);
    if (body instanceof Uint8Array) {
      const { sizeBytes, sha256 } = measureBuffer(body, options.maxBytes);
      await this.upload(objectKey, body, sizeBytes, sha256, options);
      return { key, sizeBytes, sha256, contentType: options.contentType };
    }
    await mkdir(this.spoolDir, { recursive: true });
    const spool = path.join(this.spoolDir, `${randomUUID()}.tmp`);
    try {
      const meter = new ContentMeter(options.maxBytes);
      await pipeline(bodyToReadable(body), meter, createWriteStream(spool, { flags: "wx" }), {
        signal: options.signal,
      });
      const sha256 = meter.digest();
      await this.upload(objectKey, createReadStream(spool), meter.sizeBytes, sha256, options);
      return { key, sizeBytes: meter.sizeBytes, sha256, contentType: options.contentType };
    } finally {
      await rm(spool, { force: true });
    }
  }

  putFromUrl(key: string, url: string | URL, options?: PutFromUrlOptions): Promise<StoredObject> {
    return putFromUrl(this, key, url, options);
  }

  async stat(key: string): Promise<StoredObjectInfo | null> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return {
        sizeBytes: head.ContentLength ?? 0,
        contentType: head.ContentType,
        etag: head.ETag ?? `"${head.ContentLength ?? 0}"`,
        lastModified: head.LastModified ?? new Date(0),
      };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async read(key: string, range?: ByteRange): Promise<StoredObjectStream | null> {
    const objectKey = this.objectKey(key);
    if (range) assertByteRange(range);
    try {
      const object = await this.client.send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: objectKey,
          Range: range ? `bytes=${range.start}-${range.end}` : undefined,
        }),
      );
      // In Node the SDK's body is an http.IncomingMessage, i.e. a Readable.
      const body = object.Body as Readable;
      const served = parseContentRange(object.ContentRange);
      return {
        sizeBytes: served?.size ?? object.ContentLength ?? 0,
        contentType: object.ContentType,
        etag: object.ETag ?? `"${object.ContentLength ?? 0}"`,
        lastModified: object.LastModified ?? new Date(0),
        body,
        range: served ? { start: served.start, end: served.end } : undefined,
      };
    } catch (error) {
      if (isMissing(error)) return null;
      if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 416) {
        throw new StorageError("invalid_range", `Range ${range?.start}-${range?.end} is past the end of ${key}`, {
          cause: error,
        });
      }
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
  }

  async exists(key: string): Promise<boolean> {
    return (await this.stat(key)) !== null;
  }

  async signedUrl(key: string, { expiresInSeconds }: SignedUrlOptions): Promise<string> {
    assertExpiresInSeconds(expiresInSeconds);
    const command = new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) });
    return getSignedUrl(this.client, command, { expiresIn: expiresInSeconds });
  }

  private async upload(
    objectKey: string,
    body: Uint8Array | Readable,
    sizeBytes: number,
    sha256: string,
    options: PutOptions,
  ) {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: objectKey,
        Body: body,
        ContentLength: sizeBytes,
        ContentType: options.contentType,
        // Kept beside the object so it can be checked later without downloading it.
        Metadata: { sha256 },
      }),
      { abortSignal: options.signal },
    );
  }

  private objectKey(key: string): string {
    assertStorageKey(key);
    return this.prefix + key;
  }
}

export function createS3Storage(options: S3StorageOptions, clientOverrides?: Partial<S3ClientConfig>): S3Storage {
  return new S3Storage(options, clientOverrides);
}

function isMissing(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.name === "NoSuchKey" || error.name === "NotFound" || error.$metadata.httpStatusCode === 404)
  );
}

function parseContentRange(header: string | undefined): { start: number; end: number; size: number } | undefined {
  const match = header && /^bytes (\d+)-(\d+)\/(\d+)$/.exec(header);
  return match ? { start: Number(match[1]), end: Number(match[2]), size: Number(match[3]) } : undefined;
}
