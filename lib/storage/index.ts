// The storage library's only entry point.
import { config } from "@/lib/config";
import { currentEnvironment } from "@/lib/config/environment";
import { storageFromEnv } from "./config";
import type { Storage } from "./types";

export * from "./config";
export * from "./errors";
export * from "./http-range";
export * from "./signing";
export * from "./types";
export { DEFAULT_DOWNLOAD_TIMEOUT_MS, DEFAULT_MAX_DOWNLOAD_BYTES } from "./download";
export { contentTypeFromExtension, DEFAULT_CONTENT_TYPE } from "./media-types";
export { assertStorageKey, isStorageKey, MAX_KEY_LENGTH } from "./validation";
export { createLocalStorage, LocalStorage, type LocalStorageOptions } from "./local";
export { createS3Storage, S3Storage, type S3StorageOptions } from "./s3";

const globalForStorage = globalThis as unknown as { storage?: Storage };

/**
 * The process-wide storage, configured from the environment on first use. Kept on globalThis
 * because Next's dev server re-evaluates modules on every change.
 */
export function getStorage(): Storage {
  if (!globalForStorage.storage) {
    const { server, auth } = config();
    globalForStorage.storage = storageFromEnv(currentEnvironment(), {
      publicUrl: server.publicUrl,
      signingSecret: auth.secret,
      dataDir: server.dataDir,
    });
  }
  return globalForStorage.storage;
}
