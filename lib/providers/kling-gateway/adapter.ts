import { lazyHttpClient, requireValidRequest, taskQueryPath, validateForProvider } from "../adapter-kit";
import type { ProviderConnection } from "../config";
import { ProviderError } from "../errors";
import { parseProviderBody } from "../http";
import type { ProviderAdapter } from "../types";
import { KLING_GATEWAY_CAPABILITIES, KLING_GATEWAY_MODELS } from "./capabilities";
import { createKlingElementLibrary } from "./element-library";
import {
  KlingGatewayCreateResponseSchema,
  KlingGatewayTaskResponseSchema,
  readKlingGatewayError,
  toProviderTask,
  toTaskStatus,
} from "./parse";
import { validateKlingGatewayRequest } from "./validate";
import { toKlingGatewayBody } from "./wire";

export const KLING_GATEWAY_CREATE_PATH = "/v1/videos";
/**
 * The documentation's query path. KLING_GATEWAY_QUERY_PATH may override it, e.g. "/v1/videos/{id}?provider=<name>"
 * to send the documentation's optional `provider` hint for tasks that have left the gateway's cache.
 */
export const KLING_GATEWAY_QUERY_TEMPLATE = "/v1/videos/{id}";

/** The Kling gateway (the Kling gateway's API reference): Kling-Video-O1 and Kling-V2.6 behind POST /v1/videos, plus the element library. */
export function createKlingGatewayAdapter(connection: ProviderConnection): ProviderAdapter {
  const http = lazyHttpClient("kling-gateway", connection, { readError: readKlingGatewayError });

  async function query(id: string, signal?: AbortSignal) {
    const response = await http().request({
      method: "GET",
      path: taskQueryPath(connection, KLING_GATEWAY_QUERY_TEMPLATE, id),
      signal,
    });
    const task = parseProviderBody("kling-gateway", KlingGatewayTaskResponseSchema, response, {
      what: "task query",
      isCreate: false,
    });
    return toProviderTask(task, response.body, id);
  }

  return {
    id: "kling-gateway",
    models: KLING_GATEWAY_MODELS,
    capabilities: KLING_GATEWAY_CAPABILITIES,

    validate: (request) =>
      validateForProvider("kling-gateway", KLING_GATEWAY_MODELS, request, validateKlingGatewayRequest),

    async submit(input, options = {}) {
      const request = requireValidRequest("kling-gateway", KLING_GATEWAY_MODELS, input, validateKlingGatewayRequest);
      const body = toKlingGatewayBody(request, {
        idempotencyKey: options.idempotencyKey,
        callbackUrl: options.callbackUrl,
      });
      const response = await http().request({
        method: "POST",
        path: KLING_GATEWAY_CREATE_PATH,
        body,
        signal: options.signal,
      });
      const created = parseProviderBody("kling-gateway", KlingGatewayCreateResponseSchema, response, {
        what: "task creation",
        isCreate: true,
      });
      return { providerTaskId: created.id, status: toTaskStatus(created.status), raw: response.body };
    },

    get: (providerTaskId, options = {}) => query(providerTaskId, options.signal),

    /**
     * The Kling gateway's API reference: external_task_id "does not replace the system's task id, but the task can be queried
     * by it". The only query endpoint is GET /v1/videos/{task_id}, so the key goes in its place (as in
     * Kling's own API, where the path takes either id). The documentation documents no answer for an unknown
     * id: a not-found error (HTTP 404, or a not-found code or message) means no task was created.
     * Anything else is thrown, so the task engine reconciles later rather than creating twice.
     */
    async findTaskByIdempotencyKey(idempotencyKey, options = {}) {
      try {
        return await query(idempotencyKey, options.signal);
      } catch (error) {
        if (error instanceof ProviderError && error.kind === "not_found") return null;
        throw error;
      }
    },

    elementLibrary: createKlingElementLibrary(http),
  };
}
