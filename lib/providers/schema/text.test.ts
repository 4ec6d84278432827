import { describe, expect, it } from "vitest";
import { isStorableText, textSchema } from "./text";

describe("textSchema", () => {
  const schema = textSchema(10);

  it("counts characters as people do: ten emoji are ten characters", () => {
    expect(schema.safeParse("😀".repeat(10)).success).toBe(true);
    expect(schema.safeParse("一只橘猫在厨房里玩耍").success).toBe(true);
  });

  it("names the rule when the text is too long or cannot be stored", () => {
    const tooLong = schema.safeParse("😀".repeat(11));
    expect(tooLong.error?.issues).toEqual([expect.objectContaining({ params: { rule: "text_too_long", max: 10 } })]);
    for (const value of ["a\u0000b", "a\ud800b", "\udc00"]) {
      expect(schema.safeParse(value).error?.issues).toEqual([
        expect.objectContaining({ params: { rule: "text_invalid_characters" } }),
      ]);
    }
  });

  it("keeps well-formed text of every script", () => {
    expect(isStorableText("naïve 😀 一只橘猫 \n\t")).toBe(true);
  });
});
