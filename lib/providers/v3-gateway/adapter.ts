import { lazyHttpClient, requireValidRequest, taskQueryPath, validateForProvider } from "../adapter-kit";
import type { ProviderConnection } from "../config";
import type { ProviderAdapter } from "../types";
import { V3_GATEWAY_CAPABILITIES, V3_GATEWAY_MODELS } from "./capabilities";
import { readLooseCreated, readLooseError, readLooseTask } from "../shared/loose-task";
import { validateV3GatewayRequest } from "./validate";
import { toV3GatewayBody, type V3GatewayTuning } from "./wire";

export const V3_GATEWAY_CREATE_PATH = "/v1/video/generations";
/** The /v1/video/generations gateway's API reference documents no query endpoint: this OpenAI-style default is overridable with V3_GATEWAY_QUERY_PATH. */
export const V3_GATEWAY_DEFAULT_QUERY_PATH = "/v1/video/generations/{id}";

/**
 * The Kling v3 gateway (the /v1/video/generations gateway's API reference): OpenAI-style create with `extra_body`. Its answers are not
 * documented, so they are read defensively (see loose-task.ts). `tuning` holds deployment-wide
 * settings the canonical request cannot express yet (cfg_scale).
 */
export function createV3GatewayAdapter(connection: ProviderConnection, tuning: V3GatewayTuning = {}): ProviderAdapter {
  const http = lazyHttpClient("v3-gateway", connection, { readError: readLooseError });

  return {
    id: "v3-gateway",
    models: V3_GATEWAY_MODELS,
    capabilities: V3_GATEWAY_CAPABILITIES,

    validate: (request) => validateForProvider("v3-gateway", V3_GATEWAY_MODELS, request, validateV3GatewayRequest),

    // No callbacks and no idempotency key in the /v1/video/generations gateway's API reference: both options are ignored.
    async submit(input, options = {}) {
      const request = requireValidRequest("v3-gateway", V3_GATEWAY_MODELS, input, validateV3GatewayRequest);
      const response = await http().request({
        method: "POST",
        path: V3_GATEWAY_CREATE_PATH,
        body: toV3GatewayBody(request, tuning),
        signal: options.signal,
      });
      return readLooseCreated("v3-gateway", response);
    },

    async get(providerTaskId, options = {}) {
      const response = await http().request({
        method: "GET",
        path: taskQueryPath(connection, V3_GATEWAY_DEFAULT_QUERY_PATH, providerTaskId),
        signal: options.signal,
      });
      return readLooseTask("v3-gateway", response, providerTaskId);
    },
  };
}
