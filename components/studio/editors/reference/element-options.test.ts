import { describe, expect, it } from "vitest";
import { keepOffered } from "../media-state";
import { elementOptionsFor } from "./element-options";

const library = [
  {
    id: "team-1",
    name: "Red fox",
    offers: {
      "kling-gateway": { id: "840000000000000001" },
      xcompute: { id: "team-1", imageUrls: ["asset:front", "asset:side"] },
      simulator: { id: "team-1" },
    },
  },
  {
    id: "team-2",
    name: "Owl",
    offers: { "kling-gateway": { unavailable: "pending" as const }, simulator: { id: "team-2" } },
  },
];

describe("elementOptionsFor", () => {
  it("offers a provider the elements synced to its library, by its own ids, and the others disabled with why", () => {
    expect(elementOptionsFor("kling-gateway", library).map((option) => [option.id, option.unavailable])).toEqual([
      ["840000000000000001", undefined],
      ["team:team-2", "pending"],
    ]);
    expect(elementOptionsFor("dashscope", library)).toEqual([]);
  });

  it("sends inline providers the element's images under a name the prompt can mention", () => {
    expect(elementOptionsFor("xcompute", library)).toEqual([
      expect.objectContaining({ id: "team-1", name: "Red_fox", imageUrls: ["asset:front", "asset:side"] }),
    ]);
  });

  it("offers the simulator the whole team library", () => {
    expect(elementOptionsFor("simulator", library).map((option) => [option.id, option.source])).toEqual([
      ["team-1", "team"],
      ["team-2", "team"],
    ]);
  });

  it("offers a provider's presets to that provider only, marked as presets", () => {
    const withPreset = [
      ...library,
      {
        id: "kling-gateway:842130978230767622",
        name: "Detective",
        provider: "kling-gateway" as const,
        providerElementId: "842130978230767622",
        preset: true as const,
      },
    ];
    expect(elementOptionsFor("kling-gateway", withPreset).map((option) => [option.id, option.source])).toEqual([
      ["840000000000000001", "team"],
      ["team:team-2", "team"],
      ["842130978230767622", "preset"],
    ]);
    expect(elementOptionsFor("simulator", withPreset).map((option) => option.id)).toEqual(["team-1", "team-2"]);
  });
});

describe("keepOffered", () => {
  it("drops media of roles and elements the new mode does not take, and says so", () => {
    const state = {
      media: [
        { role: "refer" as const, url: "asset:a" },
        { role: "feature" as const, url: "asset:b" },
      ],
      elements: [{ id: "e" }],
    };
    expect(keepOffered(state, { media: { refer: { min: 0, max: 7 } } })).toEqual({
      state: { media: [state.media[0]], elements: [] },
      dropped: [{ setting: "media" }, { setting: "elements" }],
    });
    expect(keepOffered(state, { media: { refer: {}, feature: {} }, elements: { max: 4 } }).dropped).toEqual([]);
  });
});
