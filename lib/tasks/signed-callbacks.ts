import "server-only";
import type PgBoss from "pg-boss";
import { Prisma, type PrismaClient } from "@/lib/db/generated/client";
import { verifyWebhook } from "@/lib/webhooks/signing";
import { enqueueStep } from "./queue";

// Callbacks signed as Standard Webhooks (Kling AI developer docs, callback protocol, with a webhook secret set in
// the console): webhook-id, webhook-timestamp and webhook-signature ("v1," + Base64 HMAC-SHA256 of
// "id.timestamp.body" keyed with the Base64-decoded secret; several signatures while keys rotate). The body is
// only a nudge: the task engine asks the provider before marking anything final.

/** Standard Webhooks: a timestamp further than this from now is refused (replay protection). */
export const CALLBACK_TOLERANCE_SECONDS = 5 * 60;
/** Receipts outlive the tolerance window, after which a replay is refused by its timestamp anyway. */
const RECEIPT_TTL_MS = 60 * 60 * 1000;

export type CallbackVerdict = { status: number; outcome: string };

type Deps = { prisma: PrismaClient; boss: PgBoss };

function taskIds(body: string): { taskId?: string; externalId?: string } | undefined {
  try {
    const parsed = JSON.parse(body) as { task_id?: unknown; task_info?: { external_task_id?: unknown } };
    const taskId = typeof parsed.task_id === "string" ? parsed.task_id : undefined;
    const external = parsed.task_info?.external_task_id;
    return { taskId, externalId: typeof external === "string" && external ? external : undefined };
  } catch {
    return undefined;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function receiveSignedCallback(
  deps: Deps,
  provider: string,
  secret: string,
  headers: Headers,
  body: string,
  now = Date.now(),
): Promise<CallbackVerdict> {
  const id = headers.get("webhook-id");
  const timestamp = Number(headers.get("webhook-timestamp"));
  const signature = headers.get("webhook-signature");
  if (!id || !signature || !Number.isInteger(timestamp))
    return { status: 400, outcome: "webhook-id, webhook-timestamp and webhook-signature are required" };
  if (Math.abs(now / 1000 - timestamp) > CALLBACK_TOLERANCE_SECONDS)
    return { status: 401, outcome: "webhook-timestamp is more than 5 minutes away" };
  if (!verifyWebhook(secret, id, timestamp, body, signature))
    return { status: 401, outcome: "webhook-signature does not match" };
  const ids = taskIds(body);
  if (!ids || (!ids.taskId && !ids.externalId)) return { status: 400, outcome: "the body names no task" };

  try {
    await deps.prisma.providerCallbackReceipt.create({ data: { id: `${provider}:${id}`, provider } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return { status: 200, outcome: "already received" };
    throw error;
  }
  await deps.prisma.providerCallbackReceipt.deleteMany({
    where: { receivedAt: { lt: new Date(now - RECEIPT_TTL_MS) } },
  });

  const generation = await deps.prisma.generation.findFirst({
    where: {
      provider,
      OR: [
        ...(ids.externalId && UUID.test(ids.externalId) ? [{ id: ids.externalId }] : []),
        ...(ids.taskId ? [{ providerTaskId: { endsWith: `:${ids.taskId}` } }, { providerTaskId: ids.taskId }] : []),
      ],
    },
    select: { id: true, status: true },
  });
  if (!generation) return { status: 404, outcome: "no such task" };
  if (generation.status === "queued" || generation.status === "running")
    await enqueueStep(deps.boss, { generationId: generation.id, phase: "poll", now: true }, 0);
  return { status: 204, outcome: "confirming with a query" };
}
