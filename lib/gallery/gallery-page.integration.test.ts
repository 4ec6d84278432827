import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { generationSearchTerms, promptPreview } from "./generation-search";
import { GalleryFilterSchema, type GalleryFilter } from "./gallery-filter";
import { galleryPage } from "./gallery-page";
import { backfillSearchTerms } from "./search-backfill";
import { setFavourite } from "./favourites";

const PROMPTS = [
  "一只红狐在雪地里奔跑",
  "夕阳下的城市天际线",
  "A red fox runs through fresh snow",
  "City skyline at sunset, cinematic",
  "海边的灯塔，黄昏",
];

let alice: string;
let bob: string;

async function createUser(name: string) {
  const user = await prisma.user.create({ data: { id: `${name}-id`, name, email: `${name}@example.com` } });
  return user.id;
}

beforeAll(async () => {
  alice = await createUser("alice");
  bob = await createUser("bob");
  // 60 generations one minute apart, some sharing a timestamp, so paging must break ties by id.
  const start = Date.UTC(2026, 10, 1, 12);
  for (let index = 0; index < 60; index++) {
    const prompt = PROMPTS[index % PROMPTS.length]!;
    const request = { prompt };
    await prisma.generation.create({
      data: {
        creatorId: index % 3 === 0 ? bob : alice,
        provider: index % 2 ? "simulator" : "dashscope",
        model: "kling-simulator",
        mode: index % 4 === 0 ? "first_frame" : "text",
        request: { provider: "simulator", model: "kling-simulator", mode: "text", prompt },
        quality: "std",
        durationSeconds: 5,
        status: index % 5 === 0 ? "failed" : "succeeded",
        error: index % 5 === 0 ? { kind: "content_rejected", message: "Refused." } : undefined,
        createdAt: new Date(start + Math.floor(index / 2) * 60_000),
        searchTerms: generationSearchTerms(request),
        promptPreview: promptPreview(request),
      },
    });
  }
});

async function everyPage(filter: Omit<GalleryFilter, "cursor">, take = 7) {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 50; pages++) {
    const page = await galleryPage({ ...filter, cursor }, alice, take);
    seen.push(...page.cards.map((card) => card.id));
    if (!page.nextCursor) return seen;
    cursor = page.nextCursor;
  }
  throw new Error("paging did not end");
}

describe("the gallery's pages", () => {
  it("reaches every generation by cursor, each once, newest first or oldest first", async () => {
    const all = await prisma.generation.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    expect(await everyPage({})).toEqual(all.map((generation) => generation.id));
    expect(await everyPage({ sort: "oldest" })).toEqual(all.map((generation) => generation.id).reverse());
  });

  it("shows what a card needs: the prompt, the creator, the reason of a failure", async () => {
    const { cards } = await galleryPage({ status: "failed" }, alice);
    expect(cards.length).toBe(12);
    expect(cards.every((card) => card.failure === "content_rejected" && card.status === "failed")).toBe(true);
    expect(cards[0]).toMatchObject({ prompt: expect.any(String), creator: { name: expect.any(String) } });
  });

  it("filters by creator ('me' included), mode, provider and date", async () => {
    const mine = await everyPage({ creator: "me" });
    expect(mine).toHaveLength(40);
    expect(await everyPage({ creator: bob })).toHaveLength(20);
    const firstFrames = await everyPage({ mode: "first_frame", provider: "dashscope" });
    expect(firstFrames).toHaveLength(15);
    expect(await everyPage({ from: "2026-11-01", to: "2026-11-01" })).toHaveLength(60);
    expect(await everyPage({ from: "2026-11-02" })).toHaveLength(0);
  });

  it("finds Chinese words of two characters and English words by their beginning", async () => {
    const prompts = async (q: string) =>
      new Set((await galleryPage({ q }, alice, 100)).cards.map((card) => card.prompt));
    expect(await prompts("红狐")).toEqual(new Set(["一只红狐在雪地里奔跑"]));
    expect(await prompts("城市")).toEqual(new Set(["夕阳下的城市天际线"]));
    expect(await prompts("sky")).toEqual(new Set(["City skyline at sunset, cinematic"]));
    expect(await prompts("FOX snow")).toEqual(new Set(["A red fox runs through fresh snow"]));
    expect(await prompts("狐 fox")).toEqual(new Set());
    expect((await galleryPage({ q: "灯塔", creator: "me" }, alice, 100)).terms).toEqual(["灯塔"]);
  });

  it("refuses a filter it does not know, naming the field", () => {
    const parsed = GalleryFilterSchema.safeParse({ status: "lost", from: "yesterday", to: "2026-13-45" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["status", "from", "to"]);
  });

  it("makes generations stored before search existed searchable", async () => {
    const old = await prisma.generation.create({
      data: {
        creatorId: alice,
        provider: "simulator",
        model: "kling-simulator",
        mode: "text",
        request: { provider: "simulator", model: "kling-simulator", mode: "text", prompt: "旧的作品：山间小屋" },
        quality: "std",
        durationSeconds: 5,
        status: "succeeded",
      },
    });
    expect((await galleryPage({ q: "小屋" }, alice)).cards).toEqual([]);
    expect(await backfillSearchTerms(prisma)).toBe(1);
    expect((await galleryPage({ q: "小屋" }, alice)).cards.map((card) => card.id)).toEqual([old.id]);
    expect(await backfillSearchTerms(prisma)).toBe(0);
  });

  it("keeps each person's favourites, and filters by them", async () => {
    const [first, second] = (await galleryPage({}, alice, 2)).cards;
    expect(await setFavourite(alice, first!.id, true)).toBe(true);
    expect(await setFavourite(alice, first!.id, true)).toBe(true);
    expect(await setFavourite(alice, second!.id, true)).toBe(true);
    expect(await setFavourite(bob, second!.id, true)).toBe(true);
    expect(await setFavourite(alice, "00000000-0000-4000-8000-000000000000", true)).toBe(false);

    const mine = await galleryPage({ fav: "1" }, alice);
    expect(mine.cards.map((card) => card.id)).toEqual([first!.id, second!.id]);
    expect(mine.cards.every((card) => card.favourite)).toBe(true);
    expect((await galleryPage({ fav: "1" }, bob)).cards.map((card) => card.id)).toEqual([second!.id]);

    await setFavourite(alice, first!.id, false);
    expect((await galleryPage({ fav: "1" }, alice)).cards.map((card) => card.id)).toEqual([second!.id]);
    expect((await galleryPage({}, bob, 1)).cards[0]!.favourite).toBe(false);
  });
});
