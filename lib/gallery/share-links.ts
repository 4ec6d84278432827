import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { SessionUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { GenerationRequestSchema } from "@/lib/providers";

import { SHARE_EXPIRIES } from "./share-link-input";

export { SHARE_EXPIRIES, ShareLinkInputSchema } from "./share-link-input";
const EXPIRY_DAYS: Record<(typeof SHARE_EXPIRIES)[number], number | null> = {
  "1d": 1,
  "7d": 7,
  "30d": 30,
  never: null,
};

/** A live link as its generation's page lists it (the token itself is shown once, when it is made). */
export type ShareLinkSummary = { id: string; createdAt: string; expiresAt: string | null; createdBy: string };

export type ShareRefusal = { status: 403 | 404 | 409; rule: string; message: string };

// 32 random bytes: unguessable. Only the hash is stored, so the table cannot be read into links.
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

async function shareableBy(actor: Pick<SessionUser, "id" | "role">, generationId: string) {
  const generation = await prisma.generation.findUnique({
    where: { id: generationId },
    select: { creatorId: true, status: true },
  });
  if (!generation) return { status: 404, rule: "not_found", message: "No generation has this id." } as const;
  if (generation.creatorId !== actor.id && actor.role !== "admin")
    return {
      status: 403,
      rule: "not_allowed",
      message: "Only its creator or an admin can share a generation.",
    } as const;
  return generation;
}

const live = (now = new Date()) => ({ revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] });

export async function createShareLink(
  actor: Pick<SessionUser, "id" | "role">,
  generationId: string,
  expiresIn: (typeof SHARE_EXPIRIES)[number],
): Promise<{ token: string; link: ShareLinkSummary } | { refused: ShareRefusal }> {
  const generation = await shareableBy(actor, generationId);
  if ("rule" in generation) return { refused: generation };
  if (generation.status !== "succeeded")
    return { refused: { status: 409, rule: "not_finished", message: "Only a finished generation can be shared." } };
  const token = randomBytes(32).toString("base64url");
  const days = EXPIRY_DAYS[expiresIn];
  const link = await prisma.shareLink.create({
    data: {
      generationId,
      createdById: actor.id,
      tokenHash: hashToken(token),
      expiresAt: days === null ? null : new Date(Date.now() + days * 24 * 3600 * 1000),
    },
    include: { createdBy: { select: { name: true, email: true } } },
  });
  return { token, link: summary(link) };
}

function summary(link: {
  id: string;
  createdAt: Date;
  expiresAt: Date | null;
  createdBy: { name: string; email: string };
}) {
  return {
    id: link.id,
    createdAt: link.createdAt.toISOString(),
    expiresAt: link.expiresAt?.toISOString() ?? null,
    createdBy: link.createdBy.name || link.createdBy.email,
  };
}

export async function listShareLinks(generationId: string): Promise<ShareLinkSummary[]> {
  const links = await prisma.shareLink.findMany({
    where: { generationId, ...live() },
    orderBy: { createdAt: "desc" },
    include: { createdBy: { select: { name: true, email: true } } },
  });
  return links.map(summary);
}

export async function revokeShareLink(
  actor: Pick<SessionUser, "id" | "role">,
  generationId: string,
  linkId: string,
): Promise<{ revoked: true } | { refused: ShareRefusal }> {
  const generation = await shareableBy(actor, generationId);
  if ("rule" in generation) return { refused: generation };
  const { count } = await prisma.shareLink.updateMany({
    where: { id: linkId, generationId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (!count) return { refused: { status: 404, rule: "not_found", message: "This generation has no such live link." } };
  return { revoked: true };
}

/** What a share link shows: the video, its poster, the prompt and the settings; null when it is not live. */
export async function openShareLink(token: string) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const link = await prisma.shareLink.findFirst({
    where: { tokenHash: hashToken(token), ...live() },
    select: {
      expiresAt: true,
      generation: {
        select: {
          status: true,
          mode: true,
          provider: true,
          model: true,
          durationSeconds: true,
          createdAt: true,
          request: true,
          assets: {
            where: { kind: { in: ["video", "poster"] } },
            select: { kind: true, storageKey: true, width: true, height: true },
          },
        },
      },
    },
  });
  if (!link || link.generation.status !== "succeeded") return null;
  const { generation } = link;
  const request = GenerationRequestSchema.safeParse(generation.request);
  const video = generation.assets.find((asset) => asset.kind === "video");
  if (!video) return null;
  return {
    expiresAt: link.expiresAt,
    mode: generation.mode,
    provider: generation.provider,
    model: generation.model,
    durationSeconds: generation.durationSeconds,
    createdAt: generation.createdAt,
    prompt: request.success ? request.data.prompt : undefined,
    negativePrompt: request.success ? request.data.negativePrompt : undefined,
    shots: request.success ? (request.data.storyboard?.shots.map((shot) => shot.prompt) ?? []) : [],
    aspectRatio: request.success ? request.data.aspectRatio : undefined,
    quality: request.success ? request.data.quality : undefined,
    audio: request.success ? request.data.audio : undefined,
    videoKey: video.storageKey,
    posterKey: generation.assets.find((asset) => asset.kind === "poster")?.storageKey,
    width: video.width,
    height: video.height,
  };
}

/** Whether this person may make and revoke links to this generation (its creator or an admin). */
export async function mayShare(actor: Pick<SessionUser, "id" | "role">, generationId: string): Promise<boolean> {
  return !("rule" in (await shareableBy(actor, generationId)));
}
