import "server-only";
import type { GenerationStatus, Prisma, PrismaClient } from "@/lib/db/generated/client";

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
  prisma: PrismaClient,
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
    const [current] = await tx.$queryRaw<{ status: GenerationStatus }[]>`
      SELECT status FROM generation WHERE id = ${generationId} FOR UPDATE`;
    if (!current || !from.includes(current.status)) return false;
    const finishing = isFinal(to) ? { finishedAt: new Date() } : {};
    await tx.generation.update({ where: { id: generationId }, data: { ...data, ...finishing, status: to } });
    if (current.status !== to) await tx.generationEvent.create({ data: { generationId, status: to, message } });
    await afterwards?.(tx);
    return true;
  });
}
