import { describe, expect, it } from "vitest";
import type { MediaItem } from "@/lib/providers";
import { errorsAt, errorsExactly, moveWithinRole, replaceRole, setSingle, swapFrames, withRole } from "./media-list";

const item = (role: MediaItem["role"], name: string): MediaItem => ({ role, url: `https://example.com/${name}` });
const names = (media: MediaItem[]) => media.map((entry) => `${entry.role}:${entry.url.split("/").pop()}`);

describe("media list", () => {
  const media = [item("base", "v"), item("refer", "a"), item("mask", "m"), item("refer", "b")];

  it("finds a role's items with their index in the whole list", () => {
    expect(withRole(media, "refer").map(({ index }) => index)).toEqual([1, 3]);
  });

  it("sets, replaces and removes a single item without moving the others", () => {
    expect(names(setSingle(media, "base", item("base", "w")))).toEqual(["base:w", "refer:a", "mask:m", "refer:b"]);
    expect(names(setSingle(media, "first_frame", item("first_frame", "f")))).toEqual([
      "base:v",
      "refer:a",
      "mask:m",
      "refer:b",
      "first_frame:f",
    ]);
    expect(names(setSingle(media, "base", undefined))).toEqual(["refer:a", "mask:m", "refer:b"]);
    expect(setSingle(media, "feature", undefined)).toEqual(media);
  });

  it("replaces a role's items in their old places, appending the extra ones", () => {
    expect(names(replaceRole(media, "refer", [item("refer", "c")]))).toEqual(["base:v", "refer:c", "mask:m"]);
    expect(names(replaceRole(media, "refer", [item("refer", "c"), item("refer", "d"), item("refer", "e")]))).toEqual([
      "base:v",
      "refer:c",
      "mask:m",
      "refer:d",
      "refer:e",
    ]);
  });

  it("moves an item among its role", () => {
    expect(names(moveWithinRole(media, "refer", 1, 0))).toEqual(["base:v", "refer:b", "mask:m", "refer:a"]);
    expect(moveWithinRole(media, "refer", 1, 2)).toEqual(media);
  });

  it("swaps first and last frames, or moves a lone frame to the other role", () => {
    expect(names(swapFrames([item("first_frame", "f"), item("last_frame", "l")]))).toEqual([
      "last_frame:f",
      "first_frame:l",
    ]);
    expect(names(swapFrames([item("first_frame", "f")]))).toEqual(["last_frame:f"]);
  });
});

describe("errors by path", () => {
  const errors = {
    "media[1].url": "bad url",
    "media.1.metadata.width": "too narrow",
    "media[10]": "other item",
    media: "needs a first frame",
  };

  it("gathers an item's errors in either path notation, not a longer index's", () => {
    expect(errorsAt(errors, "media[1]")).toEqual(["bad url", "too narrow"]);
    expect(errorsAt(errors, "media.10")).toEqual(["other item"]);
  });

  it("tells the list's own errors from its items'", () => {
    expect(errorsExactly(errors, "media")).toEqual(["needs a first frame"]);
    expect(errorsAt(errors, "media")).toHaveLength(4);
  });
});
