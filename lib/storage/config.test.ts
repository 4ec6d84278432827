import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseStorageEnv, storageFromEnv } from "./config";
import { LocalStorage } from "./local";
import { S3Storage } from "./s3";

const context = { publicUrl: "https://studio.example.com", signingSecret: "s".repeat(40), dataDir: "/srv/kling" };
const s3Env = { STORAGE_DRIVER: "s3", S3_BUCKET: "media", S3_REGION: "auto" };

describe("storageFromEnv", () => {
  it("defaults to local storage under DATA_DIR/media", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "storage-config-"));
    const storage = storageFromEnv({}, { ...context, dataDir });
    expect(storage).toBeInstanceOf(LocalStorage);
    await storage.put("a.png", Buffer.from("png"), { contentType: "image/png" });
    expect(await readFile(path.join(dataDir, "media", "a.png"), "utf8")).toBe("png");
    await rm(dataDir, { recursive: true, force: true });
    expect(await storage.signedUrl("a.png", { expiresInSeconds: 60 })).toMatch(
      /^https:\/\/studio\.example\.com\/api\/media\/public\/a\.png\?/,
    );
    expect(parseStorageEnv({ STORAGE_DRIVER: " ", STORAGE_LOCAL_DIR: "" })).toEqual({ STORAGE_DRIVER: "local" });
    expect(parseStorageEnv({ STORAGE_LOCAL_DIR: "/mnt/media" })).toEqual({
      STORAGE_DRIVER: "local",
      STORAGE_LOCAL_DIR: "/mnt/media",
    });
  });

  it("builds the S3 driver and parses its options", async () => {
    const env = {
      ...s3Env,
      S3_ENDPOINT: "http://127.0.0.1:9000",
      S3_FORCE_PATH_STYLE: "1",
      S3_PREFIX: "/studio/",
      S3_ACCESS_KEY_ID: "id",
      S3_SECRET_ACCESS_KEY: "secret",
    };
    expect(parseStorageEnv(env)).toMatchObject({ S3_FORCE_PATH_STYLE: true, S3_PREFIX: "studio" });
    const storage = storageFromEnv(env, context);
    expect(storage).toBeInstanceOf(S3Storage);
    // Presigning is local: it shows the endpoint, path style and prefix without a request.
    expect(await storage.signedUrl("a.png", { expiresInSeconds: 60 })).toMatch(
      /^http:\/\/127\.0\.0\.1:9000\/media\/studio\/a\.png\?.*X-Amz-Credential=id%2F/,
    );
    (storage as S3Storage).client.destroy();
  });

  it.each([
    [{ STORAGE_DRIVER: "gcs" }, /STORAGE_DRIVER must be "local" or "s3", not "gcs"/],
    [
      { STORAGE_DRIVER: "s3" },
      /S3_BUCKET is required when STORAGE_DRIVER=s3; S3_REGION is required when STORAGE_DRIVER=s3/,
    ],
    [{ ...s3Env, S3_ENDPOINT: "minio:9000" }, /S3_ENDPOINT must be an http\(s\) URL/],
    [{ ...s3Env, S3_FORCE_PATH_STYLE: "yes" }, /S3_FORCE_PATH_STYLE must be true or false/],
    [{ ...s3Env, S3_PREFIX: "a/../b" }, /S3_PREFIX may only use/],
    [{ ...s3Env, S3_ACCESS_KEY_ID: "id" }, /S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together/],
  ])("names the problem in %j", (env, message) => {
    expect(() => storageFromEnv(env, context)).toThrow(message);
    expect(() => storageFromEnv(env, context)).toThrow(/^Storage is misconfigured: /);
  });

  it("needs a public URL and a long signing secret for local signed URLs", () => {
    expect(() => storageFromEnv({}, { ...context, publicUrl: "studio.example.com" })).toThrow(/PUBLIC_URL/);
    expect(() => storageFromEnv({}, { ...context, signingSecret: "short" })).toThrow(/at least 32 characters/);
  });
});
