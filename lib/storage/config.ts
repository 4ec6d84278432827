import path from "node:path";
import { z } from "zod";
import { StorageError } from "./errors";
import { LocalStorage } from "./local";
import { S3Storage } from "./s3";
import type { Storage } from "./types";
import { isStorageKey } from "./validation";

/** Every environment variable storage reads; the only place they are read. */
export const STORAGE_ENV_VARS = [
  "STORAGE_DRIVER",
  "STORAGE_LOCAL_DIR",
  "S3_BUCKET",
  "S3_REGION",
  "S3_ENDPOINT",
  "S3_ACCESS_KEY_ID",
  "S3_SECRET_ACCESS_KEY",
  "S3_FORCE_PATH_STYLE",
  "S3_PREFIX",
] as const;

export type StorageContext = {
  /** PUBLIC_URL (already defaulted by lib/env), the base of local signed URLs. */
  publicUrl: string;
  /** Usually AUTH_SECRET; signing derives its own key from it. */
  signingSecret: string;
  /** DATA_DIR: local media lives in `${dataDir}/media`, S3 upload spool files in `${dataDir}/tmp`. */
  dataDir: string;
};

const requiredForS3 = (name: string) =>
  z
    .string({ error: `${name} is required when STORAGE_DRIVER=s3` })
    .min(1, { error: `${name} is required when STORAGE_DRIVER=s3` });

const storageEnvSchema = z.discriminatedUnion("STORAGE_DRIVER", [
  z.object({
    STORAGE_DRIVER: z.literal("local"),
    STORAGE_LOCAL_DIR: z.string().optional(),
  }),
  z
    .object({
      STORAGE_DRIVER: z.literal("s3"),
      S3_BUCKET: requiredForS3("S3_BUCKET"),
      S3_REGION: requiredForS3("S3_REGION"),
      S3_ENDPOINT: z.url({ protocol: /^https?$/, error: "S3_ENDPOINT must be an http(s) URL" }).optional(),
      S3_ACCESS_KEY_ID: z.string().optional(),
      S3_SECRET_ACCESS_KEY: z.string().optional(),
      S3_FORCE_PATH_STYLE: z
        .enum(["true", "false", "1", "0"], { error: "S3_FORCE_PATH_STYLE must be true or false" })
        .transform((value) => value === "true" || value === "1")
        .optional(),
      S3_PREFIX: z
        .string()
        .transform((value) => value.replace(/^\/+|\/+$/g, ""))
        .refine((value) => value === "" || isStorageKey(value), {
          error: "S3_PREFIX may only use A-Z a-z 0-9 . _ - and / between segments",
        })
        .optional(),
    })
    .refine((env) => Boolean(env.S3_ACCESS_KEY_ID) === Boolean(env.S3_SECRET_ACCESS_KEY), {
      error:
        "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together (or neither, to use the default AWS credential chain)",
    }),
]);

export type StorageEnv = z.infer<typeof storageEnvSchema>;

/** Validates the storage variables of `env`; throws StorageError("config") naming every problem. */
export function parseStorageEnv(env: Record<string, string | undefined>): StorageEnv {
  // Blank values (e.g. `S3_PREFIX=` in a .env file) count as unset.
  const values: Record<string, string> = {};
  for (const name of STORAGE_ENV_VARS) {
    const value = env[name]?.trim();
    if (value) values[name] = value;
  }
  const driver = values.STORAGE_DRIVER ?? "local";
  if (driver !== "local" && driver !== "s3") {
    throw new StorageError(
      "config",
      `Storage is misconfigured: STORAGE_DRIVER must be "local" or "s3", not ${JSON.stringify(driver)}`,
    );
  }
  const parsed = storageEnvSchema.safeParse({ ...values, STORAGE_DRIVER: driver });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => issue.message);
    throw new StorageError("config", `Storage is misconfigured: ${problems.join("; ")}`);
  }
  return parsed.data;
}

/** The driver `env` selects. Nothing touches the disk or network until the first call. */
export function storageFromEnv(env: Record<string, string | undefined>, context: StorageContext): Storage {
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
