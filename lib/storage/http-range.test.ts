import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { etagMatches, IMMUTABLE_CACHE_CONTROL, ifRangeAllows, parseRangeHeader, serveStoredObject } from "./http-range";
import { LocalStorage } from "./local";

describe("parseRangeHeader", () => {
  it.each([
    [null, { type: "none" }],
    ["", { type: "none" }],
    ["items=0-5", { type: "none" }],
    ["bytes=0-0", { type: "range", range: { start: 0, end: 0 } }],
    ["bytes=0-", { type: "range", range: { start: 0, end: 999 } }],
    ["bytes=100-199", { type: "range", range: { start: 100, end: 199 } }],
    ["bytes=900-5000", { type: "range", range: { start: 900, end: 999 } }],
    ["bytes=-100", { type: "range", range: { start: 900, end: 999 } }],
    ["bytes=-5000", { type: "range", range: { start: 0, end: 999 } }],
    ["Bytes = 10 - 19", { type: "range", range: { start: 10, end: 19 } }],
    // Several ranges: one range covering the satisfiable ones; unsatisfiable ones are dropped.
    ["bytes=0-9, 50-59", { type: "range", range: { start: 0, end: 59 } }],
    ["bytes=5000-6000, 10-19", { type: "range", range: { start: 10, end: 19 } }],
    ["bytes=1000-", { type: "unsatisfiable" }],
    ["bytes=1000-1001", { type: "unsatisfiable" }],
    ["bytes=-0", { type: "unsatisfiable" }],
    ["bytes=5-4", { type: "unsatisfiable" }],
    ["bytes=-", { type: "unsatisfiable" }],
    ["bytes=abc", { type: "unsatisfiable" }],
    ["bytes=", { type: "unsatisfiable" }],
    ["bytes=0-1,", { type: "unsatisfiable" }],
  ])("%j of 1000 bytes → %j", (header, expected) => {
    expect(parseRangeHeader(header, 1000)).toEqual(expected);
  });

  it("finds nothing satisfiable in an empty object", () => {
    expect(parseRangeHeader("bytes=0-", 0)).toEqual({ type: "unsatisfiable" });
    expect(parseRangeHeader("bytes=-1", 0)).toEqual({ type: "unsatisfiable" });
  });
});

describe("conditional helpers", () => {
  it("compares If-None-Match weakly", () => {
    expect(etagMatches('"a"', '"a"')).toBe(true);
    expect(etagMatches('W/"a"', '"a"')).toBe(true);
    expect(etagMatches('"x", "a"', '"a"')).toBe(true);
    expect(etagMatches('"b"', '"a"')).toBe(false);
    expect(etagMatches("*", '"a"')).toBe(true);
  });

  it("applies If-Range only to the same strong ETag or exact date", () => {
    const info = { etag: '"a"', lastModified: new Date("2025-01-01T00:00:00Z") };
    expect(ifRangeAllows(null, info)).toBe(true);
    expect(ifRangeAllows('"a"', info)).toBe(true);
    expect(ifRangeAllows('"b"', info)).toBe(false);
    expect(ifRangeAllows('W/"a"', info)).toBe(false);
    expect(ifRangeAllows("Wed, 01 Jan 2025 00:00:00 GMT", info)).toBe(true);
    expect(ifRangeAllows("Thu, 02 Jan 2025 00:00:00 GMT", info)).toBe(false);
    expect(ifRangeAllows("garbage", info)).toBe(false);
  });
});

describe("serveStoredObject", () => {
  const CONTENT = Buffer.from(Array.from({ length: 256 * 40 }, (_, index) => index % 251));
  let root: string;
  let storage: LocalStorage;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "storage-serve-"));
    storage = new LocalStorage({ root, publicUrl: "http://localhost:3000", signingSecret: "s".repeat(40) });
    await storage.put("videos/v.mp4", CONTENT, { contentType: "video/mp4" });
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  const serve = (headers: Record<string, string> = {}, method = "GET", key = "videos/v.mp4") =>
    serveStoredObject(storage, key, new Request("http://localhost/api/media/x", { method, headers }));
  const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

  it("serves the whole object with caching and range headers", async () => {
    const response = await serve();
    const info = await storage.stat("videos/v.mp4");
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "accept-ranges": "bytes",
      "content-length": String(CONTENT.length),
      "content-type": "video/mp4",
      "cache-control": IMMUTABLE_CACHE_CONTROL,
      etag: info?.etag,
      "last-modified": info?.lastModified.toUTCString(),
      "x-content-type-options": "nosniff",
    });
    expect((await bytes(response)).equals(CONTENT)).toBe(true);
  });

  it.each([
    ["bytes=0-0", 0, 0],
    ["bytes=0-1023", 0, 1023],
    ["bytes=5000-6000", 5000, 6000],
    ["bytes=10000-", 10000, CONTENT.length - 1],
    ["bytes=-17", CONTENT.length - 17, CONTENT.length - 1],
    ["bytes=10200-99999", 10200, CONTENT.length - 1],
  ])("answers %s with 206 and exactly those bytes", async (range, start, end) => {
    const response = await serve({ range });
    expect(response.status).toBe(206);
    expect(response.headers.get("content-range")).toBe(`bytes ${start}-${end}/${CONTENT.length}`);
    expect(response.headers.get("content-length")).toBe(String(end - start + 1));
    expect((await bytes(response)).equals(CONTENT.subarray(start, end + 1))).toBe(true);
  });

  it("answers 416 with the size for unsatisfiable or malformed ranges", async () => {
    for (const range of [`bytes=${CONTENT.length}-`, "bytes=9-3", "bytes=x-y"]) {
      const response = await serve({ range });
      expect(response.status).toBe(416);
      expect(response.headers.get("content-range")).toBe(`bytes */${CONTENT.length}`);
    }
  });

  it("answers 304 to a matching If-None-Match or a fresh If-Modified-Since", async () => {
    const { etag, lastModified } = (await storage.stat("videos/v.mp4"))!;
    const matched = await serve({ "if-none-match": `"other", ${etag}` });
    expect(matched.status).toBe(304);
    expect(matched.headers.get("etag")).toBe(etag);
    expect(await matched.text()).toBe("");
    expect((await serve({ "if-none-match": '"other"' })).status).toBe(200);
    expect((await serve({ "if-modified-since": new Date(lastModified.getTime() + 1000).toUTCString() })).status).toBe(
      304,
    );
    expect((await serve({ "if-modified-since": new Date(lastModified.getTime() - 5000).toUTCString() })).status).toBe(
      200,
    );
  });

  it("ignores Range when If-Range names another version", async () => {
    const response = await serve({ range: "bytes=0-9", "if-range": '"stale"' });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe(String(CONTENT.length));
    const { etag } = (await storage.stat("videos/v.mp4"))!;
    expect((await serve({ range: "bytes=0-9", "if-range": etag })).status).toBe(206);
  });

  it("answers HEAD with the GET headers and no body, ignoring Range", async () => {
    const response = await serve({ range: "bytes=0-9" }, "HEAD");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe(String(CONTENT.length));
    expect(response.headers.get("content-type")).toBe("video/mp4");
    expect(response.body).toBeNull();
  });

  it("answers 404 for missing or invalid keys and 405 for other methods", async () => {
    expect((await serve({}, "GET", "videos/missing.mp4")).status).toBe(404);
    expect((await serve({}, "GET", "../etc/passwd")).status).toBe(404);
    const post = await serve({}, "POST");
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
  });

  it("takes a custom Cache-Control and extra headers", async () => {
    const response = await serveStoredObject(
      storage,
      "videos/v.mp4",
      new Request("http://localhost/x", { method: "HEAD" }),
      {
        cacheControl: "private, no-cache",
        headers: { "content-disposition": 'attachment; filename="v.mp4"' },
      },
    );
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="v.mp4"');
  });

  it("serves an empty object as an empty 200", async () => {
    await storage.put("empty.txt", Buffer.alloc(0), { contentType: "text/plain" });
    const response = await serveStoredObject(storage, "empty.txt", new Request("http://localhost/x"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe("0");
    expect(await response.text()).toBe("");
    expect(
      (
        await serveStoredObject(
          storage,
          "empty.txt",
          new Request("http://localhost/x", { headers: { range: "bytes=0-" } }),
        )
      ).status,
    ).toBe(416);
  });
});
