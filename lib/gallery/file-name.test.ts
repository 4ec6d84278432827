import { describe, expect, it } from "vitest";
import { uniqueNames, videoFileName } from "./file-name";

const at = new Date("2026-12-01T17:25:40Z");

describe("downloaded file names", () => {
  it("come from the prompt's first words and the time it was made", () => {
    expect(videoFileName("A red fox, running through snow!", at)).toBe(
      "a-red-fox-running-through-snow-2026-12-01-1725.mp4",
    );
    expect(videoFileName("一只红狐在雪地里奔跑", at)).toBe("一只红狐在雪地里奔跑-2026-12-01-1725.mp4");
    expect(videoFileName("", at)).toBe("generation-2026-12-01-1725.mp4");
    expect(videoFileName("x".repeat(90), at)).toBe(`${"x".repeat(40)}-2026-12-01-1725.mp4`);
  });

  it("stay within 40 characters of prompt, at a word's end", () => {
    const name = videoFileName("Cinematic aerial shot over a misty pine forest at dawn with volumetric light", at);
    expect(name).toBe("cinematic-aerial-shot-over-a-misty-pine-2026-12-01-1725.mp4");
  });

  it("are made unique within one archive", () => {
    expect(uniqueNames(["a.mp4", "b.mp4", "a.mp4", "a.mp4"])).toEqual(["a.mp4", "b.mp4", "a-2.mp4", "a-3.mp4"]);
  });
});
