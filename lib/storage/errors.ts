/** Why a storage operation failed, so callers can branch without parsing messages. */
export type StorageErrorCode =
  "invalid_key" | "invalid_range" | "too_large" | "timeout" | "url_refused" | "download_failed" | "config";

export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "StorageError";
  }
}

export function isStorageError(error: unknown, code?: StorageErrorCode): error is StorageError {
  return error instanceof StorageError && (code === undefined || error.code === code);
}
