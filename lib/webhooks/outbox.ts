import "server-only";
import { randomUUID } from "node:crypto";
import type PgBoss from "pg-boss";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { config } from "@/lib/config";
import type { WebhookEvent } from "./events";

// The outbox: an event becomes one delivery row per subscribed endpoint and one queue job each, written in
// the caller's transaction, so an event that happened is always delivered and one that was rolled back never is.

export const WEBHOOK_QUEUE = "webhook-delivery";

type Db = Prisma.TransactionClient | PrismaClient;
type Sql = { $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T> };

const ready = new WeakSet<PgBoss>();

export async function ensureWebhookQueue(boss: PgBoss) {
  if (ready.has(boss)) return;
  const { retrySeconds, attempts } = config().webhooks;
  await boss.createQueue(WEBHOOK_QUEUE, {
    name: WEBHOOK_QUEUE,
    policy: "standard",
    expireInSeconds: 60,
    // Exponential backoff from WEBHOOK_RETRY_SECONDS; the delivery itself counts its tries and gives up.
    retryLimit: attempts,
    retryDelay: retrySeconds,
    retryBackoff: true,
    retentionDays: 7,
  });
  ready.add(boss);
}

export type WebhookJob = { deliveryId: string };

/** Sends the job for a delivery, inside the transaction `tx` when one is given. */
export async function enqueueDelivery(boss: PgBoss, deliveryId: string, tx?: Sql, singletonKey = deliveryId) {
  await ensureWebhookQueue(boss);
  const options: PgBoss.SendOptions = { singletonKey };
  if (tx)
    options.db = {
      executeSql: async (text, values) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }),
    };
  await boss.send(WEBHOOK_QUEUE, { deliveryId } satisfies WebhookJob, options);
}

/**
 * Records `type` for every endpoint that listens: the team's (admins') endpoints and those of `ownerId`.
 * `data` is what the event says; the envelope (type, timestamp) is the Standard Webhooks one.
 */
export async function recordWebhookEvent(
  db: Db,
  boss: PgBoss,
  event: { type: WebhookEvent; ownerId: string; data: Record<string, unknown> },
) {
  const endpoints = await db.webhookEndpoint.findMany({
    where: { deletedAt: null, events: { has: event.type }, OR: [{ teamWide: true }, { ownerId: event.ownerId }] },
    select: { id: true },
  });
  if (endpoints.length === 0) return;
  const payload = { type: event.type, timestamp: new Date().toISOString(), data: event.data };
  for (const endpoint of endpoints) {
    const id = `msg_${randomUUID().replaceAll("-", "")}`;
    await db.webhookDelivery.create({
      data: { id, endpointId: endpoint.id, event: event.type, payload: payload as Prisma.InputJsonValue },
    });
    await enqueueDelivery(boss, id, db as unknown as Sql);
  }
}
