import { describe, expect, it } from "vitest";
import type { ElementRef } from "@/lib/providers";
import type { MediaItem } from "@/lib/providers";
import {
  followInputs,
  insertToken,
  mediaTokens,
  mentionAt,
  numberingChange,
  referenceSyntaxOf,
  removeMentions,
  removeToken,
  renameMentions,
  renumberTokens,
  tokensInPrompt,
} from "./prompt-tokens";

const image = (name: string): MediaItem => ({ role: "refer", url: `https://example.com/${name}.png` });
const video = (name: string, role: "feature" | "base" = "feature"): MediaItem => ({
  role,
  url: `https://example.com/${name}.mp4`,
});
const element = (id: string, name?: string): ElementRef => ({ id, ...(name ? { name } : {}) });

describe("referenceSyntaxOf", () => {
  it("reads the capability description", () => {
    expect(referenceSyntaxOf("<<<image_N>>>, <<<element_N>>>, <<<video_1>>> (numbered from 1 in list order)")).toBe(
      "numbered",
    );
    expect(referenceSyntaxOf("<<<voice_N>>> (numbered from 1 in voice order)")).toBe("numbered");
    expect(referenceSyntaxOf("@name (the element's name)")).toBe("mention");
    expect(referenceSyntaxOf(undefined)).toBe("none");
  });
});

describe("mediaTokens", () => {
  it("numbers reference images and videos per kind in media order, skipping frames and masks", () => {
    const media: MediaItem[] = [
      video("v"),
      { role: "first_frame", url: "https://example.com/f.png" },
      image("a"),
      image("b"),
      { role: "mask", url: "https://example.com/m.png" },
    ];
    expect(mediaTokens(media)).toEqual(["<<<video_1>>>", undefined, "<<<image_1>>>", "<<<image_2>>>", undefined]);
  });

  it("counts base videos as videos", () => {
    expect(mediaTokens([video("b", "base"), image("a")])).toEqual(["<<<video_1>>>", "<<<image_1>>>"]);
  });
});

describe("numberingChange", () => {
  it("maps each old number to its new one, or null when removed", () => {
    expect([...numberingChange(["a", "b", "c"], ["a", "c"])]).toEqual([
      [1, 1],
      [2, null],
      [3, 2],
    ]);
    expect([...numberingChange(["a", "b"], ["b", "a"])]).toEqual([
      [1, 2],
      [2, 1],
    ]);
    expect([...numberingChange(["a"], ["a", "b"])]).toEqual([[1, 1]]);
  });

  it("tells repeated keys apart by occurrence", () => {
    expect([...numberingChange(["a", "x", "a"], ["x", "a"])]).toEqual([
      [1, 2],
      [2, 1],
      [3, null],
    ]);
  });
});

describe("renumberTokens", () => {
  it("renumbers every token at once, so swapped inputs swap their tokens", () => {
    const prompt = "<<<image_1>>> shakes hands with <<<image_2>>>";
    expect(renumberTokens(prompt, { image: numberingChange(["a", "b"], ["b", "a"]) })).toBe(
      "<<<image_2>>> shakes hands with <<<image_1>>>",
    );
  });

  it("removes the tokens of removed inputs with one neighbouring space", () => {
    const change = { image: numberingChange(["a", "b", "c"], ["a", "c"]) };
    expect(renumberTokens("<<<image_1>>> and <<<image_2>>> meet <<<image_3>>>", change)).toBe(
      "<<<image_1>>> and meet <<<image_2>>>",
    );
    expect(renumberTokens("<<<image_2>>>在东京街头漫步", change)).toBe("在东京街头漫步");
    expect(renumberTokens("look at <<<image_2>>>, then <<<image_3>>>", change)).toBe("look at, then <<<image_2>>>");
    expect(renumberTokens("<<<image_2>>> <<<image_2>>> end", change)).toBe("end");
  });

  it("leaves other kinds, unknown numbers and lookalike text alone", () => {
    const change = { image: numberingChange(["a", "b"], ["b"]) };
    expect(renumberTokens("<<<element_1>>> <<<image_9>>> <<image_1>> <<<image_x>>>", change)).toBe(
      "<<<element_1>>> <<<image_9>>> <<image_1>> <<<image_x>>>",
    );
  });
});

describe("followInputs", () => {
  it("follows media reordering and element removal together", () => {
    const before = { media: [video("v"), image("a"), image("b")], elements: [element("1"), element("2")] };
    const after = { media: [image("b"), image("a")], elements: [element("2")] };
    const prompt = "<<<video_1>>>: <<<image_1>>> hands <<<element_2>>> to <<<image_2>>> near <<<element_1>>>";
    expect(followInputs(prompt, before, after)).toBe(": <<<image_2>>> hands <<<element_1>>> to <<<image_1>>> near");
  });

  it("ignores frames and masks, which are not numbered", () => {
    const frame: MediaItem = { role: "first_frame", url: "https://example.com/f.png" };
    const prompt = "<<<image_1>>> <<<image_2>>>";
    expect(followInputs(prompt, { media: [frame, image("a"), image("b")] }, { media: [image("a"), image("b")] })).toBe(
      prompt,
    );
  });

  it("renumbers voices by voice id", () => {
    const prompt = 'man <<<voice_1>>> says "hi", woman <<<voice_2>>> answers';
    expect(followInputs(prompt, { voices: [{ voiceId: "m" }, { voiceId: "w" }] }, { voices: [{ voiceId: "w" }] })).toBe(
      'man says "hi", woman <<<voice_1>>> answers',
    );
  });

  it("changes nothing for parts not given", () => {
    expect(followInputs("<<<image_2>>>", { elements: [] }, { elements: [] })).toBe("<<<image_2>>>");
  });
});

describe("insertToken", () => {
  it("replaces the selection and puts the caret after the token", () => {
    expect(insertToken("a cat and b", "<<<image_1>>>", { start: 2, end: 5 })).toEqual({
      prompt: "a <<<image_1>>> and b",
      caret: 15,
    });
  });

  it("appends without a selection and clamps a stale one", () => {
    expect(insertToken("hello", "<<<video_1>>>")).toEqual({ prompt: "hello<<<video_1>>>", caret: 18 });
    expect(insertToken("hi", "<<<image_1>>>", { start: 50, end: 60 }).prompt).toBe("hi<<<image_1>>>");
  });

  it("puts spaces around mentions so the name ends where it should", () => {
    expect(insertToken("a and b", "@dog", { start: 1, end: 1 })).toEqual({ prompt: "a @dog and b", caret: 6 });
    expect(insertToken("跑", "@dog", { start: 0, end: 0 })).toEqual({ prompt: "@dog 跑", caret: 5 });
    expect(insertToken("", "@dog")).toEqual({ prompt: "@dog ", caret: 5 });
  });
});

describe("mentions", () => {
  it("follow an element's rename, whole names only", () => {
    expect(renameMentions("@dog chases @dogs and @dog跑", "dog", "puppy")).toBe("@puppy chases @dogs and @puppy跑");
    expect(renameMentions("@a.b meets @axb", "a.b", "c")).toBe("@c meets @axb");
    expect(renameMentions("@dog", "", "x")).toBe("@dog");
  });

  it("are removed with the element", () => {
    expect(removeMentions("@dog and @cat play", "dog")).toBe("and @cat play");
    expect(removeMentions("@cat and @dog play", "dog")).toBe("@cat and play");
  });
});

describe("tokens as the creator sees them", () => {
  const options = [
    { token: "<<<image_1>>>", name: "Image 1" },
    { token: "<<<video_1>>>", name: "Video to edit" },
    { token: "@Mia", name: "Mia" },
  ];

  it("lists the tokens a prompt uses once each, in order, naming dangling ones as unknown", () => {
    expect(
      tokensInPrompt("<<<video_1>>> with <<<image_1>>> and <<<image_3>>>, then <<<image_1>>>; @Mia @Bob", options),
    ).toEqual([
      { token: "<<<video_1>>>", name: "Video to edit" },
      { token: "<<<image_1>>>", name: "Image 1" },
      { token: "<<<image_3>>>", name: null },
      { token: "@Mia", name: "Mia" },
    ]);
  });

  it("removes every use of a token", () => {
    expect(removeToken("A <<<image_1>>> fox and <<<image_1>>>", "<<<image_1>>>")).toBe("A fox and");
  });

  it("finds the @ being typed before the caret, not one inside an address", () => {
    expect(mentionAt("A fox @Mi", 9)).toEqual({ start: 6, query: "Mi" });
    expect(mentionAt("@", 1)).toEqual({ start: 0, query: "" });
    expect(mentionAt("mail me at a@b", 14)).toBeNull();
    expect(mentionAt("A fox @Mia runs", 15)).toBeNull();
  });
});
