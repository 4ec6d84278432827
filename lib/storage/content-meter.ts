import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { Readable, Transform, type TransformCallback } from "node:stream";
import { StorageError } from "./errors";
import type { StorageBody } from "./types";

/** Passes bytes through while counting and hashing them, failing once they exceed `maxBytes`. */
export class ContentMeter extends Transform {
  sizeBytes = 0;
  private readonly hash = createHash("sha256");

  constructor(private readonly maxBytes = Number.POSITIVE_INFINITY) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.sizeBytes += chunk.length;
    if (this.sizeBytes > this.maxBytes) {
      callback(tooLarge(this.maxBytes));
      return;
    }
    this.hash.update(chunk);
    callback(null, chunk);
  }

  /** Hex SHA-256 of everything that passed; call once, after the stream finished. */
  digest(): string {
    return this.hash.digest("hex");
  }
}

/** ContentMeter's checks for a body already in memory. */
export function measureBuffer(
  body: Uint8Array,
  maxBytes = Number.POSITIVE_INFINITY,
): { sizeBytes: number; sha256: string } {
  if (body.byteLength > maxBytes) throw tooLarge(maxBytes);
  return { sizeBytes: body.byteLength, sha256: createHash("sha256").update(body).digest("hex") };
}

function tooLarge(maxBytes: number): StorageError {
  return new StorageError("too_large", `The content is larger than the limit of ${maxBytes} bytes`);
}

export function bodyToReadable(body: StorageBody): Readable {
  if (body instanceof Readable) return body;
  // Wrapped in an array: Readable.from(buffer) would emit one chunk per byte.
  if (body instanceof Uint8Array) return Readable.from([Buffer.from(body.buffer, body.byteOffset, body.byteLength)]);
  return createReadStream(body.filePath);
}
