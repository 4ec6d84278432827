import "server-only";
import type PgBoss from "pg-boss";
import type { PrismaClient } from "@/lib/db/generated/client";
import { config } from "@/lib/config";
import { guardedPost } from "@/lib/net/guarded-post";
import { ensureWebhookQueue, WEBHOOK_QUEUE, type WebhookJob } from "./outbox";
import { signWebhook } from "./signing";

// Sends one delivery: signed per Standard Webhooks, to a public address only (or WEBHOOK_PRIVATE_NETWORKS).
// A 2xx answer delivers it; anything else throws, so the queue tries again later (doubling waits), until
// the tries run out and it is marked failed. The same webhook-id every time: receivers deduplicate by it.

const TIMEOUT_MS = 15_000;

export class DeliveryFailedError extends Error {}

export async function deliverWebhook(prisma: PrismaClient, deliveryId: string): Promise<void> {
  const delivery = await prisma.webhookDelivery.findUnique({ where: { id: deliveryId }, include: { endpoint: true } });
  if (!delivery || delivery.state === "delivered" || delivery.endpoint.deletedAt) return;
  const { attempts: maxAttempts, privateNetworks } = config().webhooks;
  const body = JSON.stringify(delivery.payload);
  const timestamp = Math.floor(Date.now() / 1000);
  const outcome = await guardedPost(delivery.endpoint.url, {
    body,
    timeoutMs: TIMEOUT_MS,
    policy: { allowedNetworks: privateNetworks },
    headers: {
      "webhook-id": delivery.id,
      "webhook-timestamp": String(timestamp),
      "webhook-signature": signWebhook(delivery.endpoint.secret, delivery.id, timestamp, body),
    },
  });
  const attempts = delivery.attempts + 1;
  const now = new Date();
  if ("status" in outcome && outcome.status >= 200 && outcome.status < 300) {
    await prisma.webhookDelivery.update({
      where: { id: deliveryId },
      data: {
        state: "delivered",
        attempts,
        lastStatus: outcome.status,
        lastError: null,
        lastAttemptAt: now,
        deliveredAt: now,
      },
    });
    return;
  }
  const error = "status" in outcome ? `HTTP ${outcome.status}` : outcome.error;
  const givenUp = attempts >= maxAttempts || ("refused" in outcome && outcome.refused);
  await prisma.webhookDelivery.update({
    where: { id: deliveryId },
    data: {
      state: givenUp ? "failed" : "pending",
      attempts,
      lastStatus: "status" in outcome ? outcome.status : null,
      lastError: error,
      lastAttemptAt: now,
    },
  });
  if (!givenUp) throw new DeliveryFailedError(`Webhook ${deliveryId} to endpoint ${delivery.endpointId}: ${error}`);
}

/** Starts taking delivery jobs (the worker calls this beside its generation steps). */
export async function workWebhookJobs(boss: PgBoss, deps: { prisma: PrismaClient }): Promise<void> {
  await ensureWebhookQueue(boss);
  await boss.work<WebhookJob>(WEBHOOK_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
    if (job) await deliverWebhook(deps.prisma, job.data.deliveryId);
  });
}
