import "server-only";
import { prisma } from "@/lib/db/client";
import type { GenerationStatus, Prisma } from "@/lib/db/generated/client";
import { GALLERY_PAGE_SIZE, type GalleryFilter, type GalleryStatus } from "./gallery-filter";
import { queryTerms } from "./search-terms";

/** What a gallery card shows: plain JSON, for the page and the route alike. */
export type GalleryCard = {
  id: string;
  mode: string;
  status: GenerationStatus;
  provider: string;
  model: string;
  prompt: string;
  durationSeconds: number;
  createdAt: string;
  creator: { id: string; name: string };
  poster?: { id: string; width: number | null; height: number | null };
  video?: { id: string };
  /** Failed, expired: the reason in a word (the error's kind). */
  failure?: string;
  /** In the viewer's favourites. */
  favourite: boolean;
};
export type GalleryPage = { cards: GalleryCard[]; nextCursor?: string; terms: string[] };

const STATUS_GROUPS: Record<GalleryStatus, GenerationStatus[]> = {
  running: ["submitting", "queued", "running", "storing"],
  succeeded: ["succeeded"],
  failed: ["failed", "expired"],
  canceled: ["canceled"],
};

type Cursor = { createdAt: Date; id: string };

function encodeCursor({ createdAt, id }: Cursor): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`).toString("base64url");
}

function decodeCursor(cursor: string | undefined): Cursor | undefined {
  if (!cursor) return undefined;
  const [time, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const createdAt = new Date(time ?? "");
  return id && !Number.isNaN(createdAt.getTime()) ? { createdAt, id } : undefined;
}

function dayStart(day: string, offsetDays = 0): Date {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + offsetDays);
  return date;
}

/** The filter as a Prisma condition; `viewerId` stands for "me". */
export function galleryWhere(filter: GalleryFilter, viewerId: string): Prisma.GenerationWhereInput {
  const terms = filter.q ? queryTerms(filter.q) : [];
  const createdAt: Prisma.DateTimeFilter = {};
  if (filter.from) createdAt.gte = dayStart(filter.from);
  if (filter.to) createdAt.lt = dayStart(filter.to, 1);
  return {
    ...(filter.status && { status: { in: STATUS_GROUPS[filter.status] } }),
    ...(filter.mode && { mode: filter.mode }),
    ...(filter.provider && { provider: filter.provider }),
    ...(filter.model && { model: filter.model }),
    ...(filter.creator && { creatorId: filter.creator === "me" ? viewerId : filter.creator }),
    ...((filter.from || filter.to) && { createdAt }),
    ...(filter.video && { assets: { some: { kind: "video" } } }),
    ...(filter.fav && { favourites: { some: { userId: viewerId } } }),
    ...(terms.length && { searchTerms: { hasEvery: terms } }),
  };
}

/** One page of the team's generations, newest (or oldest) first, continuing after `filter.cursor`. */
export async function galleryPage(
  filter: GalleryFilter,
  viewerId: string,
  take = GALLERY_PAGE_SIZE,
): Promise<GalleryPage> {
  const order = filter.sort === "oldest" ? "asc" : "desc";
  const after = decodeCursor(filter.cursor);
  const beyond = order === "desc" ? "lt" : "gt";
  const rows = await prisma.generation.findMany({
    where: {
      AND: [
        galleryWhere(filter, viewerId),
        // (createdAt, id) beyond the cursor; the plain bound on createdAt lets the index start there.
        after
          ? {
              createdAt: { [`${beyond}e`]: after.createdAt },
              OR: [
                { createdAt: { [beyond]: after.createdAt } },
                { createdAt: after.createdAt, id: { [beyond]: after.id } },
              ],
            }
          : {},
      ],
    },
    orderBy: [{ createdAt: order }, { id: order }],
    take: take + 1,
    select: {
      id: true,
      mode: true,
      status: true,
      provider: true,
      model: true,
      promptPreview: true,
      durationSeconds: true,
      createdAt: true,
      error: true,
      favourites: { where: { userId: viewerId }, select: { userId: true } },
      creator: { select: { id: true, name: true, email: true } },
      assets: {
        where: { kind: { in: ["poster", "video"] } },
        select: { id: true, kind: true, width: true, height: true },
      },
    },
  });
  const page = rows.slice(0, take);
  const last = page.at(-1);
  return {
    cards: page.map((row) => {
      const poster = row.assets.find((asset) => asset.kind === "poster");
      const video = row.assets.find((asset) => asset.kind === "video");
      const error = row.error as { kind?: string } | null;
      return {
        id: row.id,
        mode: row.mode,
        status: row.status,
        provider: row.provider,
        model: row.model,
        prompt: row.promptPreview,
        durationSeconds: row.durationSeconds,
        createdAt: row.createdAt.toISOString(),
        creator: { id: row.creator.id, name: row.creator.name || row.creator.email },
        ...(poster && { poster: { id: poster.id, width: poster.width, height: poster.height } }),
        ...(video && { video: { id: video.id } }),
        ...(error?.kind && { failure: error.kind }),
        favourite: row.favourites.length > 0,
      };
    }),
    nextCursor: rows.length > take && last ? encodeCursor(last) : undefined,
    terms: filter.q ? queryTerms(filter.q) : [],
  };
}
