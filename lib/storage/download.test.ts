import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { text } from "node:stream/consumers";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LocalStorage } from "./local";

const VIDEO = Buffer.from("fake mp4 bytes ".repeat(1000));

// Routes of a real HTTP server on 127.0.0.1, standing in for a provider's CDN.
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    switch (url.pathname) {
      case "/video.mp4":
        response.writeHead(200, { "content-type": "video/mp4", "content-length": VIDEO.length }).end(VIDEO);
        return;
      case "/chunked": {
        // No Content-Length: the limit can only be enforced while streaming.
        response.writeHead(200, { "content-type": "application/octet-stream" });
        for (let index = 0; index < 10; index++) response.write(Buffer.alloc(1000, index));
        response.end();
        return;
      }
      case "/slow-headers":
        setTimeout(() => response.writeHead(200).end("late"), 2000);
        return;
      case "/slow-body":
        response.writeHead(200, { "content-type": "video/mp4" });
        response.write("first bytes");
        setTimeout(() => response.end("rest"), 2000);
        return;
      case "/redirect":
        response.writeHead(302, { location: "/video.mp4" }).end();
        return;
      default:
        response.writeHead(404).end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

let root: string;
let storage: LocalStorage;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "storage-download-"));
  storage = new LocalStorage({
    root: path.join(root, "media"),
    publicUrl: "http://localhost:3000",
    signingSecret: "s".repeat(40),
  });
});
afterEach(() => rm(root, { recursive: true, force: true }));

const stored = async (key: string) => text((await storage.read(key))!.body);
const mediaFiles = async () => readdir(path.join(root, "media"), { recursive: true }).catch(() => []);

describe("putFromUrl over http", () => {
  it("streams the body into storage with the response's content type", async () => {
    const result = await storage.putFromUrl("videos/out.mp4", `${base}/video.mp4`);
    expect(result).toEqual({
      key: "videos/out.mp4",
      sizeBytes: VIDEO.length,
      sha256: createHash("sha256").update(VIDEO).digest("hex"),
      contentType: "video/mp4",
    });
    expect(await stored("videos/out.mp4")).toBe(VIDEO.toString());
  });

  it("follows redirects and lets the caller override the content type", async () => {
    const result = await storage.putFromUrl("x.bin", `${base}/redirect`, { contentType: "video/quicktime" });
    expect(result.contentType).toBe("video/quicktime");
    expect((await storage.stat("x.bin"))?.contentType).toBe("video/quicktime");
  });

  it("refuses a declared Content-Length over maxBytes before writing anything", async () => {
    await expect(storage.putFromUrl("big.mp4", `${base}/video.mp4`, { maxBytes: 100 })).rejects.toMatchObject({
      code: "too_large",
    });
    expect(await mediaFiles()).toEqual([]);
  });

  it("stops a body without Content-Length once it passes maxBytes", async () => {
    await expect(storage.putFromUrl("big.bin", `${base}/chunked`, { maxBytes: 2500 })).rejects.toMatchObject({
      code: "too_large",
    });
    expect(await storage.exists("big.bin")).toBe(false);
    expect(await mediaFiles()).toEqual([]);
    expect((await storage.putFromUrl("ok.bin", `${base}/chunked`, { maxBytes: 10_000 })).sizeBytes).toBe(10_000);
  });

  it("times out waiting for headers and in the middle of the body", async () => {
    await expect(storage.putFromUrl("a.mp4", `${base}/slow-headers`, { timeoutMs: 200 })).rejects.toMatchObject({
      code: "timeout",
      message: expect.stringContaining("200 ms"),
    });
    await expect(storage.putFromUrl("b.mp4", `${base}/slow-body`, { timeoutMs: 200 })).rejects.toMatchObject({
      code: "timeout",
    });
    expect(await mediaFiles()).toEqual([]);
  });

  it("passes the caller's abort reason through", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("task cancelled")), 100);
    await expect(storage.putFromUrl("c.mp4", `${base}/slow-body`, { signal: controller.signal })).rejects.toThrow(
      "task cancelled",
    );
  });

  it("reports HTTP errors without leaking the query string", async () => {
    const failure = storage.putFromUrl("d.mp4", `${base}/missing.mp4?token=secret-token`);
    await expect(failure).rejects.toMatchObject({
      code: "download_failed",
      message: expect.stringContaining("HTTP 404"),
    });
    await expect(failure).rejects.not.toThrow(/secret-token/);
  });

  it("reports unreachable hosts as download_failed", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(storage.putFromUrl("e.mp4", `http://127.0.0.1:${port}/x`)).rejects.toMatchObject({
      code: "download_failed",
    });
  });
});

describe("putFromUrl with other schemes", () => {
  it("reads file:// URLs only with allowFileUrls", async () => {
    const source = path.join(root, "sim.mp4");
    await writeFile(source, "simulated video");
    const url = pathToFileURL(source);

    await expect(storage.putFromUrl("sim/out.mp4", url)).rejects.toMatchObject({
      code: "url_refused",
      message: expect.stringContaining("allowFileUrls"),
    });
    const result = await storage.putFromUrl("sim/out.mp4", url, { allowFileUrls: true });
    expect(result).toMatchObject({ sizeBytes: 15, contentType: "video/mp4" });
    expect(await stored("sim/out.mp4")).toBe("simulated video");
    await expect(storage.putFromUrl("sim/big.mp4", url, { allowFileUrls: true, maxBytes: 3 })).rejects.toMatchObject({
      code: "too_large",
    });
  });

  it("refuses other schemes and relative URLs", async () => {
    await expect(storage.putFromUrl("a", "ftp://127.0.0.1/a", { allowFileUrls: true })).rejects.toMatchObject({
      code: "url_refused",
    });
    await expect(storage.putFromUrl("a", "data:text/plain,hi")).rejects.toMatchObject({ code: "url_refused" });
    await expect(storage.putFromUrl("a", "/relative/path")).rejects.toMatchObject({ code: "url_refused" });
  });
});
