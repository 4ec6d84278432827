import { describe, expect, it } from "vitest";
import { queryTerms, searchTermsOfTexts } from "./search-terms";

describe("prompt search terms", () => {
  it("stores Chinese as characters and neighbouring pairs, Latin words with their prefixes", () => {
    const terms = searchTermsOfTexts(["一只红狐在雪中 Red foxes"]);
    expect(terms).toEqual(expect.arrayContaining(["红狐", "狐在", "雪中", "红", "fo", "fox", "foxes", "red", "re"]));
    expect(terms).not.toContain("红狐在");
  });

  it("finds a two-character Chinese word, an English prefix and a mixed query by the same terms", () => {
    const stored = new Set(searchTermsOfTexts(["夕阳下的城市 skyline, cinematic"]));
    const matches = (query: string) => queryTerms(query).every((term) => stored.has(term));
    expect(matches("城市")).toBe(true);
    expect(matches("夕阳 城市")).toBe(true);
    expect(matches("sky")).toBe(true);
    expect(matches("Cinematic 城市")).toBe(true);
    expect(matches("城市的夜")).toBe(false);
    expect(matches("forest")).toBe(false);
  });

  it("ignores case, width and punctuation, and says nothing for a query of one Latin letter", () => {
    expect(queryTerms("ＦＯＸ！")).toEqual(["fox"]);
    expect(queryTerms("a")).toEqual([]);
    expect(queryTerms("狐")).toEqual(["狐"]);
  });

  it("cuts a long word to the longest prefix it stores", () => {
    const stored = new Set(searchTermsOfTexts(["photorealistically lit"]));
    expect(queryTerms("photorealistic").every((term) => stored.has(term))).toBe(true);
  });
});

describe("highlighting what a search matched", () => {
  it("marks Chinese words anywhere and Latin words at their start", async () => {
    const { highlightParts } = await import("./highlight");
    expect(highlightParts("一只红狐在雪地里", "红狐")).toEqual([
      { text: "一只", match: false },
      { text: "红狐", match: true },
      { text: "在雪地里", match: false },
    ]);
    expect(highlightParts("A fox, another Fox", "fox").filter((part) => part.match)).toEqual([
      { text: "fox", match: true },
      { text: "Fox", match: true },
    ]);
    expect(highlightParts("prefox", "fox")).toEqual([{ text: "prefox", match: false }]);
    expect(highlightParts("plain", undefined)).toEqual([{ text: "plain", match: false }]);
  });
});
