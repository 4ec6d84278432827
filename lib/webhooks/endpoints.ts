import "server-only";
import type PgBoss from "pg-boss";
import type { SessionUser } from "@/lib/auth/session";
import { config } from "@/lib/config";
import { prisma } from "@/lib/db/client";
import { checkFetchableUrl } from "@/lib/net/address-policy";
import { enqueueDelivery } from "./outbox";
import { WebhookEndpointInputSchema, type WebhookEndpointInput } from "./schema";
import { newWebhookSecret } from "./signing";

// Registering endpoints: an admin (or an admin-scoped token) for the team's events, anyone else for their
// own generations'. Addresses are checked like media URLs: public only, unless WEBHOOK_PRIVATE_NETWORKS.

export class WebhookRuleError extends Error {
  constructor(
    readonly path: string,
    readonly rule: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

const shown = {
  id: true,
  url: true,
  description: true,
  events: true,
  teamWide: true,
  createdAt: true,
} as const;

export async function createWebhookEndpoint(owner: SessionUser, canAdminister: boolean, input: WebhookEndpointInput) {
  const { url, events, description, teamWide } = WebhookEndpointInputSchema.parse(input);
  if (teamWide && !canAdminister)
    throw new WebhookRuleError("teamWide", "admin_only", "Only admins can hear the whole team's events.", 403);
  const verdict = await checkFetchableUrl(url, { allowedNetworks: config().webhooks.privateNetworks });
  if (!verdict.ok) throw new WebhookRuleError("url", verdict.rule, verdict.message);
  const secret = newWebhookSecret();
  const endpoint = await prisma.webhookEndpoint.create({
    data: { ownerId: owner.id, url, events: [...new Set(events)], description, teamWide, secret },
    select: shown,
  });
  // The secret is answered once: receivers verify signatures with it.
  return { ...endpoint, secret };
}

/** The caller's endpoints (admins see the team's). */
export function listWebhookEndpoints(user: SessionUser) {
  return prisma.webhookEndpoint.findMany({
    where: { deletedAt: null, ...(user.role === "admin" ? {} : { ownerId: user.id }) },
    orderBy: { createdAt: "desc" },
    select: shown,
  });
}

async function ownEndpoint(user: SessionUser, id: string) {
  const endpoint = await prisma.webhookEndpoint.findFirst({
    where: { id, deletedAt: null, ...(user.role === "admin" ? {} : { ownerId: user.id }) },
  });
  if (!endpoint) throw new WebhookRuleError("id", "not_found", "No webhook endpoint of yours has this id.", 404);
  return endpoint;
}

export async function deleteWebhookEndpoint(user: SessionUser, id: string) {
  await ownEndpoint(user, id);
  await prisma.webhookEndpoint.update({ where: { id }, data: { deletedAt: new Date() } });
}

/** An endpoint's latest deliveries with their state and the last answer's status code. */
export async function listWebhookDeliveries(user: SessionUser, endpointId: string, take = 50) {
  await ownEndpoint(user, endpointId);
  return prisma.webhookDelivery.findMany({
    where: { endpointId },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      event: true,
      state: true,
      attempts: true,
      lastStatus: true,
      lastError: true,
      createdAt: true,
      lastAttemptAt: true,
      deliveredAt: true,
    },
  });
}

/** Sends a delivery again (same webhook-id, so a receiver that has it already can ignore it). */
export async function resendWebhookDelivery(user: SessionUser, boss: PgBoss, endpointId: string, deliveryId: string) {
  await ownEndpoint(user, endpointId);
  const delivery = await prisma.webhookDelivery.findFirst({ where: { id: deliveryId, endpointId } });
  if (!delivery) throw new WebhookRuleError("deliveryId", "not_found", "This endpoint has no such delivery.", 404);
  await prisma.webhookDelivery.update({ where: { id: deliveryId }, data: { state: "pending", attempts: 0 } });
  // A new job, not the finished one: its singleton key would drop it while that one is kept.
  await enqueueDelivery(boss, deliveryId, undefined, `${deliveryId}:${Date.now()}`);
}
