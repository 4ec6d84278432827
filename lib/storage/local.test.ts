import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LocalStorage } from "./local";
import { verifySignedMediaUrl } from "./signing";

const secret = "s".repeat(40);
let root: string;
let storage: LocalStorage;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "storage-local-"));
  storage = new LocalStorage({
    root: path.join(root, "media"),
    publicUrl: "http://localhost:3000",
    signingSecret: secret,
  });
});
afterEach(() => rm(root, { recursive: true, force: true }));

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

/** Emits `chunks`, then fails: a download dying halfway. */
function failingStream(chunks: string[]): Readable {
  return new Readable({
    read() {
      const chunk = chunks.shift();
      if (chunk !== undefined) this.push(chunk);
      else this.destroy(new Error("connection reset"));
    },
  });
}

async function filesUnder(directory: string): Promise<string[]> {
  return (await readdir(directory, { recursive: true })).map(String).sort();
}

describe("LocalStorage", () => {
  it("writes a stream and reports its size and sha256 measured while streaming", async () => {
    const chunks = Array.from({ length: 50 }, (_, index) => `chunk-${index};`);
    const result = await storage.put("videos/v1.mp4", Readable.from(chunks), { contentType: "video/mp4" });
    const expected = chunks.join("");
    expect(result).toEqual({
      key: "videos/v1.mp4",
      sizeBytes: expected.length,
      sha256: sha256(expected),
      contentType: "video/mp4",
    });

    const opened = await storage.read("videos/v1.mp4");
    expect(opened?.range).toBeUndefined();
    expect(await text(opened!.body)).toBe(expected);
    expect(await storage.exists("videos/v1.mp4")).toBe(true);
  });

  it("accepts a Buffer and a file path", async () => {
    await storage.put("a.bin", Buffer.from("buffer body"), { contentType: "application/x-test" });
    const source = path.join(root, "source.txt");
    await writeFile(source, "file body");
    const fromFile = await storage.put("b.txt", { filePath: source }, { contentType: "text/plain" });
    expect(fromFile.sha256).toBe(sha256("file body"));
    expect(await text((await storage.read("a.bin"))!.body)).toBe("buffer body");
    expect(await text((await storage.read("b.txt"))!.body)).toBe("file body");
  });

  it("stats size, content type, a quoted ETag that changes with the content, and lastModified", async () => {
    expect(await storage.stat("missing.mp4")).toBeNull();
    await storage.put("clip.mp4", Buffer.from("12345"), { contentType: "video/x-custom" });
    const first = await storage.stat("clip.mp4");
    expect(first).toMatchObject({ sizeBytes: 5, contentType: "video/x-custom" });
    expect(first?.etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    expect(first?.lastModified).toBeInstanceOf(Date);

    await storage.put("clip.mp4", Buffer.from("123456"), { contentType: "video/mp4" });
    const second = await storage.stat("clip.mp4");
    expect(second).toMatchObject({ sizeBytes: 6, contentType: "video/mp4" });
    expect(second?.etag).not.toBe(first?.etag);
  });

  it("falls back to the extension when the content type sidecar is gone", async () => {
    await storage.put("covers/c.jpg", Buffer.from("x"), { contentType: "image/jpeg" });
    await rm(path.join(root, "media", "covers", ".c.jpg.meta.json"));
    expect((await storage.stat("covers/c.jpg"))?.contentType).toBe("image/jpeg");
  });

  it("reads inclusive byte ranges, clamping the end and refusing a start past it", async () => {
    await storage.put("r.txt", Buffer.from("0123456789"), { contentType: "text/plain" });
    const part = await storage.read("r.txt", { start: 2, end: 5 });
    expect(part).toMatchObject({ sizeBytes: 10, range: { start: 2, end: 5 } });
    expect(await text(part!.body)).toBe("2345");
    const tail = await storage.read("r.txt", { start: 8, end: 100 });
    expect(tail?.range).toEqual({ start: 8, end: 9 });
    expect(await text(tail!.body)).toBe("89");
    await expect(storage.read("r.txt", { start: 10, end: 12 })).rejects.toMatchObject({ code: "invalid_range" });
    expect(await storage.read("nope.txt", { start: 0, end: 1 })).toBeNull();
  });

  it("leaves nothing under the key when the source stream fails halfway", async () => {
    await expect(
      storage.put("videos/broken.mp4", failingStream(["a", "b"]), { contentType: "video/mp4" }),
    ).rejects.toThrow("connection reset");
    expect(await storage.exists("videos/broken.mp4")).toBe(false);
    expect(await filesUnder(path.join(root, "media", "videos"))).toEqual([]);
  });

  it("keeps the previous object intact when replacing it fails", async () => {
    await storage.put("v.mp4", Buffer.from("old complete video"), { contentType: "video/mp4" });
    await expect(storage.put("v.mp4", failingStream(["new partial"]), { contentType: "video/mp4" })).rejects.toThrow();
    expect(await text((await storage.read("v.mp4"))!.body)).toBe("old complete video");
    expect(await filesUnder(path.join(root, "media"))).toEqual([".v.mp4.meta.json", "v.mp4"]);
  });

  it("enforces maxBytes while streaming", async () => {
    const body = Readable.from(["0123456789", "0123456789"]);
    await expect(storage.put("big.bin", body, { contentType: "x/y", maxBytes: 15 })).rejects.toMatchObject({
      code: "too_large",
    });
    expect(await storage.exists("big.bin")).toBe(false);
  });

  it("stops writing when the signal aborts", async () => {
    const controller = new AbortController();
    const endless = new Readable({
      read() {
        this.push("x".repeat(1024));
      },
    });
    setTimeout(() => controller.abort(), 20);
    await expect(
      storage.put("endless.bin", endless, { contentType: "x/y", signal: controller.signal }),
    ).rejects.toThrow();
    expect(await filesUnder(path.join(root, "media"))).toEqual([]);
  });

  it("deletes idempotently", async () => {
    await storage.put("d/x.png", Buffer.from("png"), { contentType: "image/png" });
    await storage.delete("d/x.png");
    await storage.delete("d/x.png");
    expect(await storage.exists("d/x.png")).toBe(false);
    expect(await filesUnder(path.join(root, "media", "d"))).toEqual([]);
  });

  it("signs URLs under PUBLIC_URL that the media route can verify", async () => {
    const url = new URL(await storage.signedUrl("inputs/i.png", { expiresInSeconds: 300 }));
    expect(url.href).toMatch(
      /^http:\/\/localhost:3000\/api\/media\/public\/inputs\/i\.png\?expires=\d+&signature=[\w-]{43}$/,
    );
    expect(verifySignedMediaUrl(url, { secret })).toMatchObject({ ok: true, key: "inputs/i.png" });
    await expect(storage.signedUrl("i.png", { expiresInSeconds: 0 })).rejects.toThrow(RangeError);
  });

  it("validates keys in every operation", async () => {
    await expect(storage.put("../escape.txt", Buffer.from("x"), { contentType: "text/plain" })).rejects.toMatchObject({
      code: "invalid_key",
    });
    await expect(storage.stat("/abs")).rejects.toMatchObject({ code: "invalid_key" });
    await expect(storage.read("a/../../b")).rejects.toMatchObject({ code: "invalid_key" });
    await expect(storage.delete("a//b")).rejects.toMatchObject({ code: "invalid_key" });
    await expect(storage.signedUrl(".hidden", { expiresInSeconds: 60 })).rejects.toMatchObject({ code: "invalid_key" });
  });
});
