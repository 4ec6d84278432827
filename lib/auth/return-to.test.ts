import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-to";

describe("safeReturnPath", () => {
  it.each([
    ["/studio/text", "/studio/text"],
    ["/generations/abc?tab=events#top", "/generations/abc?tab=events#top"],
    [["/gallery", "/x"], "/gallery"],
  ])("keeps the same-origin path %j", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    undefined,
    "",
    "studio",
    "//evil.example",
    "/\\evil.example",
    "/%5Cevil.example".replace("%5C", "\\"),
    "/\t/evil.example",
    "/\n/evil.example",
    "https://evil.example/",
    "/\\/evil.example",
    "javascript:alert(1)",
  ])("sends %j home", (input) => {
    expect(safeReturnPath(input)).toBe("/");
  });

  it("keeps an encoded backslash encoded, so the browser stays on the studio", () => {
    // Next decodes the query: `next=/%5Cevil.example` arrives as "/\evil.example" (refused above);
    // a doubly-encoded one stays a harmless path on our origin.
    expect(safeReturnPath("/%5Cevil.example")).toBe("/%5Cevil.example");
  });
});
