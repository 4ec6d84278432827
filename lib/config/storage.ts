import { z } from "zod";
import type { Environment } from "./environment";
import type { Section } from "./variables";

/** Every environment variable storage reads; the storage section. */
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

// A storage key's segments (the storage library refuses the same): no ".", "..", or hidden names.
const KEY_PREFIX = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

const requiredForS3 = (name: string) =>
  z
    .string({ error: `${name} is required when STORAGE_DRIVER=s3` })
    .min(1, { error: `${name} is required when STORAGE_DRIVER=s3` });

const storageSchema = z.discriminatedUnion("STORAGE_DRIVER", [
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
        .refine((value) => value === "" || (value.length <= 256 && KEY_PREFIX.test(value)), {
          error: "S3_PREFIX may only use A-Z a-z 0-9 . _ - and / between segments",
        })
        .optional(),
    })
    .refine((env) => Boolean(env.S3_ACCESS_KEY_ID) === Boolean(env.S3_SECRET_ACCESS_KEY), {
      error:
        "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together (or neither, to use the default AWS credential chain)",
    }),
]);

export type StorageSettings = z.infer<typeof storageSchema>;

/** The storage section: the driver and its options. Blank values (`S3_PREFIX=` in a .env file) count as unset. */
export function readStorageSection(env: Environment): Section<StorageSettings> {
  const values: Record<string, string> = {};
  for (const name of STORAGE_ENV_VARS) {
    const value = env[name]?.trim();
    if (value) values[name] = value;
  }
  const driver = values.STORAGE_DRIVER ?? "local";
  if (driver !== "local" && driver !== "s3") {
    return {
      value: { STORAGE_DRIVER: "local" },
      problems: [`STORAGE_DRIVER must be "local" or "s3", not ${JSON.stringify(driver)}`],
    };
  }
  const parsed = storageSchema.safeParse({ ...values, STORAGE_DRIVER: driver });
  if (parsed.success) return { value: parsed.data, problems: [] };
  return { value: { STORAGE_DRIVER: "local" }, problems: parsed.error.issues.map((issue) => issue.message) };
}
