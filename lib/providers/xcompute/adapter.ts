import { lazyHttpClient, requireValidRequest, taskQueryPath, validateForProvider } from "../adapter-kit";
import type { ProviderConnection } from "../config";
import { parseProviderBody } from "../http";
import type { ProviderAdapter } from "../types";
import { readLooseTask } from "../shared/loose-task";
import { XCOMPUTE_CAPABILITIES, XCOMPUTE_MODELS } from "./capabilities";
import { readXComputeError, toSubmittedTask, XComputeCreateResponseSchema } from "./parse";
import { validateXComputeRequest } from "./validate";
import { toXComputeBody, type XComputeWireOptions } from "./wire";

export const XCOMPUTE_CREATE_PATH = "/v1/videos/generations";
/** The status page is linked, not reproduced, by xcompute's Kling v3 video generation reference: this default is overridable with XCOMPUTE_QUERY_PATH. */
export const XCOMPUTE_DEFAULT_QUERY_PATH = "/v1/videos/generations/{id}";

/**
 * xcompute (its Kling v3 video generation reference): Kling v3 behind an OpenAI-style API, elements created inline. `wire` holds
 * deployment settings the environment cannot express yet (which key carries the aspect ratio).
 */
export function createXComputeAdapter(connection: ProviderConnection, wire: XComputeWireOptions = {}): ProviderAdapter {
  const http = lazyHttpClient("xcompute", connection, { readError: readXComputeError });

  return {
    id: "xcompute",
    models: XCOMPUTE_MODELS,
    capabilities: XCOMPUTE_CAPABILITIES,

    validate: (request) => validateForProvider("xcompute", XCOMPUTE_MODELS, request, validateXComputeRequest),

    // No callbacks and no idempotency key in xcompute's Kling v3 video generation reference: both options are ignored.
    async submit(input, options = {}) {
      const request = requireValidRequest("xcompute", XCOMPUTE_MODELS, input, validateXComputeRequest);
      const response = await http().request({
        method: "POST",
        path: XCOMPUTE_CREATE_PATH,
        body: toXComputeBody(request, wire),
        signal: options.signal,
      });
      return toSubmittedTask(
        parseProviderBody("xcompute", XComputeCreateResponseSchema, response, {
          what: "task creation",
          isCreate: true,
        }),
        response,
      );
    },

    async get(providerTaskId, options = {}) {
      const response = await http().request({
        method: "GET",
        path: taskQueryPath(connection, XCOMPUTE_DEFAULT_QUERY_PATH, providerTaskId),
        signal: options.signal,
      });
      return readLooseTask("xcompute", response, providerTaskId);
    },
  };
}
