import { describe, expect, it } from "vitest";
import { normalizeText, textCapacity, wrapText } from "./render-text";

describe("normalizeText", () => {
  it("drops control characters and tidies whitespace but keeps paragraphs", () => {
    expect(normalizeText("  a\t b\u0007\r\n\r\n\r\nc  ")).toBe("a b\n\nc");
  });
});

describe("wrapText", () => {
  it("breaks between words", () => {
    expect(wrapText("the quick brown fox jumps", 10, 5)).toBe("the quick\nbrown fox\njumps");
  });

  it("breaks CJK between characters, counting them double width", () => {
    expect(wrapText("一只橘猫在厨房里", 8, 5)).toBe("一只橘猫\n在厨房里");
  });

  it("splits words longer than a line", () => {
    expect(wrapText("abcdefghijkl", 5, 5)).toBe("abcde\nfghij\nkl");
  });

  it("cuts extra lines with an ellipsis", () => {
    expect(wrapText("one two three four five six", 9, 2)).toBe("one two\nthree…");
  });
});

describe("textCapacity", () => {
  it("derives columns and lines from the box and font size", () => {
    expect(textCapacity(600, 100, 20, 5)).toEqual({ maxColumns: 50, maxLines: 4 });
  });
});

describe("wrapText on very long text", () => {
  // The quadratic layout never finished on 5 MiB: these would run into the test timeout.
  it.each([
    ["one word", "x".repeat(5 * 1024 * 1024)],
    ["spaced words", "fox ".repeat(1_000_000)],
    ["Chinese", "一只橘猫在厨房里".repeat(200_000)],
    ["many paragraphs", "a\n\n".repeat(500_000)],
  ])("lays out %s of megabytes quickly, keeping only what fits", (_name, text) => {
    const wrapped = wrapText(text, 40, 6);
    const lines = wrapped.split("\n");
    expect(lines.length).toBeLessThanOrEqual(6);
    expect(lines.at(-1)).toMatch(/…$/);
  });

  it("gives the same lines as laying out just the start of the text", () => {
    const text = "the quick brown fox jumps over the lazy dog ".repeat(50_000);
    expect(wrapText(text, 30, 3)).toBe(wrapText(text.slice(0, 200), 30, 3));
  });

  it("keeps spaces inside a split over-long word's line as before", () => {
    expect(wrapText("ab cdefghijklmnop q", 6, 9)).toBe("ab\ncdefgh\nijklmn\nop q");
  });
});
