import { describe, expect, it } from "vitest";
import {
  MAX_SIGNED_URL_SECONDS,
  PUBLIC_MEDIA_PATH,
  signedMediaUrl,
  signMediaKey,
  verifyMediaSignature,
  verifySignedMediaUrl,
} from "./signing";

const secret = "s".repeat(40);
const now = Date.UTC(2025, 0, 1);
const clock = { now: () => now };

describe("signed media URLs", () => {
  it("builds a URL under PUBLIC_URL that verifies until it expires", () => {
    const href = signedMediaUrl("https://studio.example.com/", "inputs/a.png", {
      secret,
      expiresInSeconds: 600,
      ...clock,
    });
    const url = new URL(href);
    expect(url.origin + url.pathname).toBe(`https://studio.example.com${PUBLIC_MEDIA_PATH}/inputs/a.png`);
    expect(url.searchParams.get("expires")).toBe(String(now / 1000 + 600));

    expect(verifySignedMediaUrl(url, { secret, now: () => now + 599_000 })).toEqual({
      ok: true,
      key: "inputs/a.png",
      expires: now / 1000 + 600,
    });
    expect(verifySignedMediaUrl(url, { secret, now: () => now + 600_000 })).toEqual({ ok: false, reason: "expired" });
  });

  it("rejects a tampered key, expiry or signature, and another secret", () => {
    const { expires, signature } = signMediaKey("inputs/a.png", { secret, expiresInSeconds: 60, ...clock });
    const check = (key: string, exp: string, sig: string, withSecret = secret) =>
      verifyMediaSignature(key, exp, sig, { secret: withSecret, ...clock });

    expect(check("inputs/a.png", String(expires), signature).ok).toBe(true);
    expect(check("inputs/b.png", String(expires), signature)).toEqual({ ok: false, reason: "invalid" });
    expect(check("inputs/a.png", String(expires + 3600), signature)).toEqual({ ok: false, reason: "invalid" });
    const flipped = (signature[0] === "A" ? "B" : "A") + signature.slice(1);
    expect(check("inputs/a.png", String(expires), flipped)).toEqual({ ok: false, reason: "invalid" });
    expect(check("inputs/a.png", String(expires), signature, "t".repeat(40))).toEqual({ ok: false, reason: "invalid" });
  });

  it("calls missing or malformed parameters malformed, never throwing", () => {
    const { expires, signature } = signMediaKey("a.png", { secret, expiresInSeconds: 60, ...clock });
    expect(verifyMediaSignature("a.png", null, signature, { secret })).toEqual({ ok: false, reason: "malformed" });
    expect(verifyMediaSignature("a.png", String(expires), undefined, { secret })).toEqual({
      ok: false,
      reason: "malformed",
    });
    expect(verifyMediaSignature("a.png", "1e9", signature, { secret })).toEqual({ ok: false, reason: "malformed" });
    expect(verifyMediaSignature("a.png", String(expires), signature.slice(1), { secret })).toEqual({
      ok: false,
      reason: "malformed",
    });
    expect(verifyMediaSignature("../a.png", String(expires), signature, { secret })).toEqual({
      ok: false,
      reason: "malformed",
    });
    expect(verifySignedMediaUrl(new URL("https://x.test/api/media/other/a.png"), { secret })).toEqual({
      ok: false,
      reason: "malformed",
    });
    expect(verifySignedMediaUrl(new URL("https://x.test/api/media/public/%E0%A4%A"), { secret })).toEqual({
      ok: false,
      reason: "malformed",
    });
  });

  it("refuses lifetimes outside 1 s to 7 days", () => {
    expect(() => signMediaKey("a.png", { secret, expiresInSeconds: 0 })).toThrow(RangeError);
    expect(() => signMediaKey("a.png", { secret, expiresInSeconds: MAX_SIGNED_URL_SECONDS + 1 })).toThrow(RangeError);
    expect(() => signMediaKey("a/../b", { secret, expiresInSeconds: 60 })).toThrow(/Invalid storage key/);
  });
});
