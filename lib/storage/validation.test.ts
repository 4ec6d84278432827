import { describe, expect, it } from "vitest";
import { isStorageError } from "./errors";
import { assertByteRange, assertStorageKey, isStorageKey, MAX_KEY_LENGTH } from "./validation";

describe("storage keys", () => {
  it.each(["a", "videos/2024/abc-123_final.mp4", "u/9f8e/cover.v2.jpg", "A-b_c.1"])("accepts %s", (key) => {
    expect(isStorageKey(key)).toBe(true);
    expect(() => assertStorageKey(key)).not.toThrow();
  });

  it.each([
    ["", /empty/],
    ["/etc/passwd", /relative/],
    ["a/../b", /\.\. segments/],
    ["..", /\.\. segments/],
    ["a/./b", /\. or \.\. segments/],
    ["a//b", /empty path segment/],
    ["a/", /empty path segment/],
    ["a\\b", /segments may only use/],
    ["a b.mp4", /segments may only use/],
    ["videos/.hidden", /must not start with \./],
    ["ümlaut", /segments may only use/],
    ["a?b", /segments may only use/],
    ["x".repeat(MAX_KEY_LENGTH + 1), /longer than/],
  ])("refuses %j", (key, message) => {
    expect(isStorageKey(key)).toBe(false);
    try {
      assertStorageKey(key);
      expect.unreachable();
    } catch (error) {
      expect(isStorageError(error, "invalid_key")).toBe(true);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).toContain("Invalid storage key");
    }
  });
});

describe("byte ranges", () => {
  it("accepts inclusive ranges and refuses reversed or fractional ones", () => {
    expect(() => assertByteRange({ start: 0, end: 0 })).not.toThrow();
    expect(() => assertByteRange({ start: 5, end: 4 })).toThrow(/Invalid byte range/);
    expect(() => assertByteRange({ start: -1, end: 4 })).toThrow(/Invalid byte range/);
    expect(() => assertByteRange({ start: 0.5, end: 4 })).toThrow(/Invalid byte range/);
  });
});
