import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { serveStoredObject } from "./http-range";
import { S3Storage } from "./s3";
import { startFakeS3, type FakeS3 } from "./testing/fake-s3";

let s3: FakeS3;
let spoolDir: string;
let storage: S3Storage;

beforeAll(async () => {
  s3 = await startFakeS3("media");
  spoolDir = await mkdtemp(path.join(tmpdir(), "storage-s3-spool-"));
  storage = new S3Storage({
    bucket: "media",
    region: "us-east-1",
    endpoint: s3.url,
    forcePathStyle: true,
    credentials: { accessKeyId: "test", secretAccessKey: "test-secret" },
    prefix: "studio/",
    spoolDir,
  });
});
afterAll(async () => {
  storage.client.destroy();
  await s3.close();
  await rm(spoolDir, { recursive: true, force: true });
});
beforeEach(() => {
  s3.objects.clear();
  s3.requests.length = 0;
});

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

describe("S3Storage against a fake S3 on 127.0.0.1", () => {
  it("PUTs a stream under the prefix with its length, content type and sha256 metadata", async () => {
    const chunks = Array.from({ length: 20 }, (_, index) => `part ${index}\n`);
    const result = await storage.put("videos/v.mp4", Readable.from(chunks), { contentType: "video/mp4" });
    const body = chunks.join("");
    expect(result).toEqual({
      key: "videos/v.mp4",
      sizeBytes: body.length,
      sha256: sha256(body),
      contentType: "video/mp4",
    });

    const put = s3.requests.find((request) => request.method === "PUT");
    expect(put?.path).toBe("/media/studio/videos/v.mp4");
    expect(put?.headers["content-length"]).toBe(String(body.length));
    expect(put?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=test\//);
    expect(s3.objects.get("studio/videos/v.mp4")).toMatchObject({
      contentType: "video/mp4",
      metadata: { sha256: sha256(body) },
    });
    expect(s3.objects.get("studio/videos/v.mp4")?.body.toString()).toBe(body);
    // The spool file is gone once the upload finished.
    expect(await readdir(spoolDir)).toEqual([]);
  });

  it("PUTs a Buffer directly and stats it", async () => {
    await storage.put("a.png", Buffer.from("png bytes"), { contentType: "image/png" });
    const info = await storage.stat("a.png");
    expect(info).toMatchObject({ sizeBytes: 9, contentType: "image/png", etag: s3.objects.get("studio/a.png")?.etag });
    expect(info?.lastModified).toBeInstanceOf(Date);
    expect(await storage.exists("a.png")).toBe(true);
    expect(await storage.stat("missing.png")).toBeNull();
    expect(await storage.exists("missing.png")).toBe(false);
  });

  it("reads whole objects and ranges", async () => {
    await storage.put("r.txt", Buffer.from("0123456789"), { contentType: "text/plain" });
    const whole = await storage.read("r.txt");
    expect(whole).toMatchObject({ sizeBytes: 10, contentType: "text/plain" });
    expect(whole?.range).toBeUndefined();
    expect(await text(whole!.body)).toBe("0123456789");

    const part = await storage.read("r.txt", { start: 3, end: 100 });
    expect(part).toMatchObject({ sizeBytes: 10, range: { start: 3, end: 9 } });
    expect(await text(part!.body)).toBe("3456789");
    expect(s3.requests.at(-1)?.headers.range).toBe("bytes=3-100");

    await expect(storage.read("r.txt", { start: 10, end: 20 })).rejects.toMatchObject({ code: "invalid_range" });
    expect(await storage.read("missing.txt")).toBeNull();
  });

  it("serves ranges through serveStoredObject", async () => {
    await storage.put("v.mp4", Buffer.from("abcdefghij"), { contentType: "video/mp4" });
    const response = await serveStoredObject(
      storage,
      "v.mp4",
      new Request("http://localhost/x", { headers: { range: "bytes=-4" } }),
    );
    expect(response.status).toBe(206);
    expect(response.headers.get("content-range")).toBe("bytes 6-9/10");
    expect(await response.text()).toBe("ghij");
  });

  it("deletes idempotently", async () => {
    await storage.put("d.txt", Buffer.from("x"), { contentType: "text/plain" });
    await storage.delete("d.txt");
    await storage.delete("d.txt");
    expect(s3.objects.size).toBe(0);
  });

  it("enforces maxBytes before uploading and cleans the spool", async () => {
    await expect(
      storage.put("big.bin", Readable.from(["0123456789", "0123456789"]), { contentType: "x/y", maxBytes: 12 }),
    ).rejects.toMatchObject({
      code: "too_large",
    });
    await expect(storage.put("big.bin", Buffer.alloc(13), { contentType: "x/y", maxBytes: 12 })).rejects.toMatchObject({
      code: "too_large",
    });
    expect(s3.requests).toEqual([]);
    expect(await readdir(spoolDir)).toEqual([]);
  });

  it("downloads URLs into the bucket", async () => {
    await storage.put("src.mp4", Buffer.from("source video"), { contentType: "video/mp4" });
    const presigned = await storage.signedUrl("src.mp4", { expiresInSeconds: 600 });
    const copy = await storage.putFromUrl("copy.mp4", presigned);
    expect(copy).toMatchObject({ sizeBytes: 12, contentType: "video/mp4", sha256: sha256("source video") });
  });

  it("presigns GETs that fetch the object", async () => {
    await storage.put("inputs/i.png", Buffer.from("image"), { contentType: "image/png" });
    const url = new URL(await storage.signedUrl("inputs/i.png", { expiresInSeconds: 900 }));
    expect(url.origin + url.pathname).toBe(`${s3.url}/media/studio/inputs/i.png`);
    expect(url.searchParams.get("X-Amz-Expires")).toBe("900");
    expect(url.searchParams.get("X-Amz-Signature")).toMatch(/^[0-9a-f]{64}$/);
    expect(await (await fetch(url)).text()).toBe("image");
    await expect(storage.signedUrl("inputs/i.png", { expiresInSeconds: 8 * 24 * 3600 })).rejects.toThrow(RangeError);
  });

  it("validates keys before any request", async () => {
    await expect(storage.put("../x", Buffer.from("x"), { contentType: "x/y" })).rejects.toMatchObject({
      code: "invalid_key",
    });
    await expect(storage.stat("/x")).rejects.toMatchObject({ code: "invalid_key" });
    await expect(storage.signedUrl("a//b", { expiresInSeconds: 60 })).rejects.toMatchObject({ code: "invalid_key" });
    expect(s3.requests).toEqual([]);
  });
});
