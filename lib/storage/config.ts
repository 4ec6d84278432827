import path from "node:path";
import { readStorageSection, type StorageSettings } from "@/lib/config/storage";
import type { Environment } from "@/lib/config/environment";
import { StorageError } from "./errors";
import { LocalStorage } from "./local";
import { S3Storage } from "./s3";
import type { Storage } from "./types";

export type StorageContext = {
  /** PUBLIC_URL (already defaulted by the server section of lib/config), the base of local signed URLs. */
  publicUrl: string;
  /** Usually AUTH_SECRET; signing derives its own key from it. */
  signingSecret: string;
  /** DATA_DIR: local media lives in `${dataDir}/media`, S3 upload spool files in `${dataDir}/tmp`. */
  dataDir: string;
};

export type StorageEnv = StorageSettings;
export { STORAGE_ENV_VARS } from "@/lib/config/storage";

/** Validates the storage variables of `env`; throws StorageError("config") naming every problem. */
export function parseStorageEnv(env: Environment): StorageEnv {
  const { value, problems } = readStorageSection(env);
  if (problems.length) throw new StorageError("config", `Storage is misconfigured: ${problems.join("; ")}`);
  return value;
}

/** The driver `env` selects. Nothing touches the disk or network until the first call. */
export function storageFromEnv(env: Environment, context: StorageContext): Storage {
  const config = parseStorageEnv(env);
  if (config.STORAGE_DRIVER === "local") {
    if (!/^https?:\/\/[^\s]+$/i.test(context.publicUrl)) {
      throw new StorageError("config", "Storage is misconfigured: the public URL (PUBLIC_URL) must be an http(s) URL");
    }
    if (context.signingSecret.length < 32) {
      throw new StorageError(
        "config",
        "Storage is misconfigured: the signing secret (AUTH_SECRET) must be at least 32 characters",
      );
    }
    return new LocalStorage({
      root: config.STORAGE_LOCAL_DIR ?? path.join(context.dataDir, "media"),
      publicUrl: context.publicUrl,
      signingSecret: context.signingSecret,
    });
  }
  return new S3Storage({
    bucket: config.S3_BUCKET,
    region: config.S3_REGION,
    endpoint: config.S3_ENDPOINT,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
    credentials:
      config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
        : undefined,
    prefix: config.S3_PREFIX || undefined,
    spoolDir: path.join(context.dataDir, "tmp", "s3-uploads"),
  });
}
