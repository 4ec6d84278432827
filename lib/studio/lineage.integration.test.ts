import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { loadLineage } from "./lineage";

let original: string;
let extension: string;
let videoAsset: string;

async function generation(creatorId: string, mode: "text" | "extend", request: object, promptPreview: string) {
  const created = await prisma.generation.create({
    data: {
      creatorId,
      provider: "simulator",
      model: "kling-simulator",
      mode,
      request: { provider: "simulator", model: "kling-simulator", mode, ...request },
      quality: "std",
      durationSeconds: 5,
      status: "succeeded",
      promptPreview,
    },
  });
  return created.id;
}

beforeAll(async () => {
  const creator = (await prisma.user.create({ data: { id: "lineage-id", name: "Lin", email: "lin@example.com" } })).id;
  original = await generation(creator, "text", { prompt: "A heron lands" }, "A heron lands");
  videoAsset = (
    await prisma.asset.create({
      data: {
        kind: "video",
        ownerId: creator,
        generationId: original,
        storageKey: `lineage/${original}.mp4`,
        contentType: "video/mp4",
        sizeBytes: 1000,
      },
    })
  ).id;
  extension = await generation(
    creator,
    "extend",
    {
      prompt: "It takes off again",
      extendDirection: "next",
      media: [
        { role: "feature", url: `asset:${videoAsset}` },
        { role: "refer", url: "https://cdn.example.com/heron.png" },
        { role: "refer", url: "data:image/png;base64,AAAA" },
      ],
    },
    "It takes off again",
  );
});

describe("loadLineage", () => {
  it("shows an extension's inputs and links its source video to the generation that made it", async () => {
    const lineage = await loadLineage(extension);
    expect(lineage.inputs).toEqual([
      {
        role: "feature",
        kind: "video",
        url: `/api/assets/${videoAsset}`,
        from: { id: original, mode: "text", promptPreview: "A heron lands" },
      },
      { role: "refer", kind: "image", url: "https://cdn.example.com/heron.png", from: null },
      // Inline Base64 is not repeated onto the page.
      { role: "refer", kind: "image", url: null, from: null },
    ]);
    expect(lineage.madeFromIt).toEqual([]);
  });

  it("lists what was made from a generation's files", async () => {
    const lineage = await loadLineage(original);
    expect(lineage.inputs).toEqual([]);
    expect(lineage.madeFromIt).toEqual([
      { id: extension, mode: "extend", promptPreview: "It takes off again", role: "feature" },
    ]);
  });

  it("knows nothing of a generation that does not exist", async () => {
    expect(await loadLineage("00000000-0000-0000-0000-000000000000")).toEqual({ inputs: [], madeFromIt: [] });
  });
});
