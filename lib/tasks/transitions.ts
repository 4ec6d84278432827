import "server-only";
import type PgBoss from "pg-boss";
import type { GenerationStatus, Prisma, PrismaClient } from "@/lib/db/generated/client";
import { recordWebhookEvent } from "@/lib/webhooks/outbox";
import { expectedTotalMs } from "./eta";
import { storedEta } from "./estimate";

export const FINAL_STATUSES: readonly GenerationStatus[] = ["succeeded", "failed", "canceled", "expired"];

export function isFinal(status: GenerationStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

/**
 * Moves a generation from one of `from` to `to`, records the event, and applies `data`, all in
 * one transaction. Conditional on the current status so a late or repeated step (two workers,
 * a callback racing a poll) never moves a generation backwards. Returns whether it moved.
 */
export async function transition(
  { prisma, boss }: { prisma: PrismaClient; boss: PgBoss },
  generationId: string,
  {
    from,
    to,
    message,
    data = {},
  }: { from: readonly GenerationStatus[]; to: GenerationStatus; message?: string; data?: Prisma.GenerationUpdateInput },
  afterwards?: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    // Row lock: concurrent steps on one generation apply one after the other.
    const [current] = await tx.$queryRaw<
      {
        status: GenerationStatus;
        createdAt: Date;
        estimate: unknown;
        creatorId: string;
        provider: string;
        model: string;
        mode: string;
      }[]
    >`
      SELECT status, "createdAt", estimate, "creatorId", provider, model, mode::text AS mode
      FROM generation WHERE id = ${generationId} FOR UPDATE`;
    if (!current || !from.includes(current.status)) return false;
    const now = new Date();
    const finishing = isFinal(to) ? { finishedAt: now } : {};
    await tx.generation.update({ where: { id: generationId }, data: { ...data, ...finishing, status: to } });
    if (current.status !== to) {
      // A final event keeps what was estimated beside what it took, so estimates can be judged later.
      const detail = isFinal(to)
        ? {
            estimatedMs: Math.round(expectedTotalMs(storedEta(current.estimate), 0)),
            tookMs: now.getTime() - current.createdAt.getTime(),
          }
        : undefined;
      await tx.generationEvent.create({ data: { generationId, status: to, message, detail } });
      // Webhooks hear of the ending in the same transaction: an ending that happened is always told.
      if (isFinal(to))
        await recordWebhookEvent(tx, boss, {
          type: `generation.${to as "succeeded" | "failed" | "canceled" | "expired"}`,
          ownerId: current.creatorId,
          data: {
            id: generationId,
            status: to,
            provider: current.provider,
            model: current.model,
            mode: current.mode,
            ...(message ? { message } : {}),
            url: `/api/v1/generations/${generationId}`,
            ...(to === "succeeded" ? { videoUrl: `/api/v1/generations/${generationId}/video` } : {}),
          },
        });
    }
    await afterwards?.(tx);
    return true;
  });
}
