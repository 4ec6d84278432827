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
