import "server-only";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
  resendWebhookDelivery,
  WebhookRuleError,
} from "@/lib/webhooks/endpoints";
import { getTaskEngine } from "@/lib/tasks/web-engine";
import { readJsonBody } from "./json-body";
import { ApiError, problem, recordId } from "./route";
import type { Caller } from "./v1-route";

// Webhook endpoints and their deliveries, for scripts: thin answers over lib/webhooks.

async function answering(work: () => Promise<Response>) {
  try {
    return await work();
  } catch (error) {
    if (error instanceof WebhookRuleError)
      return problem(error.status, error.message, {
        rule: error.rule,
        violations: [{ path: error.path, rule: error.rule, message: error.message }],
      });
    throw error;
  }
}

export const listEndpoints = (_request: Request, { caller }: { caller: Caller }) =>
  answering(async () => Response.json({ endpoints: await listWebhookEndpoints(caller.user) }));

export const postEndpoint = (request: Request, { caller }: { caller: Caller }) =>
  answering(async () => {
    const input = await readJsonBody(request, { maxBytes: 16 * 1024 });
    const endpoint = await createWebhookEndpoint(caller.user, caller.scope === "admin", input as never);
    return Response.json(endpoint, { status: 201 });
  });

export const deleteEndpoint = (_request: Request, { caller, params }: { caller: Caller; params: { id: string } }) =>
  answering(async () => {
    await deleteWebhookEndpoint(caller.user, recordId(params.id, "webhook endpoint"));
    return new Response(null, { status: 204 });
  });

export const listDeliveries = (_request: Request, { caller, params }: { caller: Caller; params: { id: string } }) =>
  answering(async () =>
    Response.json({ deliveries: await listWebhookDeliveries(caller.user, recordId(params.id, "webhook endpoint")) }),
  );

export const postResend = (
  _request: Request,
  { caller, params }: { caller: Caller; params: { id: string; deliveryId: string } },
) =>
  answering(async () => {
    if (!/^msg_[0-9a-f]{32}$/.test(params.deliveryId)) throw new ApiError(404, "No delivery has this id.");
    const engine = await getTaskEngine();
    await resendWebhookDelivery(caller.user, engine.boss, recordId(params.id, "webhook endpoint"), params.deliveryId);
    return Response.json({ resent: true }, { status: 202 });
  });
