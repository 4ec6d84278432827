import { z } from "zod";
import { lazyHttpClient, requireValidRequest, validateForProvider } from "../adapter-kit";
import type { ProviderConnection } from "../config";
import { ProviderError } from "../errors";
import { parseProviderBody, type HttpRequest, type HttpResponse } from "../http";
import type { ProviderAdapter, ProviderTask } from "../types";
import { createKlingAuth } from "./auth";
import { KLING_CAPABILITIES, KLING_MODELS } from "./capabilities";
import { klingErrorVerdict } from "./errors";
import { envelopeError, KlingTaskSchema, klingTaskId, readKlingError, toProviderTask, toTaskStatus } from "./parse";
import { readResourcePacks } from "./resource-packs";
import { validateKlingRequest } from "./validate";
import { KLING_ENDPOINTS, toKlingCreate, type KlingEndpoint } from "./wire";

export const KLING_VIDEOS_PATH = "/v1/videos";
/** The newer task query: many task ids in one request (API key only). */
export const KLING_TASKS_PATH = "/tasks";
/** Ids per batch query, so the URL stays short. */
export const KLING_BATCH_SIZE = 50;
/** The list endpoints' largest page ("pageSize: [1, 500]"). */
const LIST_PAGE_SIZE = 500;

const TaskEnvelopeSchema = z.object({ code: z.literal(0), data: KlingTaskSchema });
const TaskListSchema = z.object({ code: z.literal(0), data: z.array(z.unknown()) });

// The studio's task id names the endpoint too ("omni-video:8412…"): Kling queries a task under the endpoint
// that created it.
const studioTaskId = (endpoint: KlingEndpoint, taskId: string) => `${endpoint}:${taskId}`;
function splitTaskId(providerTaskId: string): { endpoint: KlingEndpoint; taskId: string } {
  const [endpoint, ...rest] = providerTaskId.split(":");
  if (!KLING_ENDPOINTS.includes(endpoint as KlingEndpoint) || rest.length === 0)
    throw new ProviderError({
      provider: "kling",
      kind: "not_found",
      message: `Not a Kling task id: ${providerTaskId}`,
    });
  return { endpoint: endpoint as KlingEndpoint, taskId: rest.join(":") };
}

/** Kling's own API (the Kling AI developer docs): four models behind text2video, image2video, omni-video and motion-control. */
export function createKlingAdapter(
  connection: ProviderConnection,
  clock: { now?: () => number } = {},
): ProviderAdapter {
  const auth = createKlingAuth(connection, clock.now);
  // The Authorization header is set per request (a signed token expires), so the client carries no key.
  const http = lazyHttpClient(
    "kling",
    { ...connection, apiKey: undefined },
    { readError: readKlingError, classify: klingErrorVerdict },
  );

  /** One request; a token Kling calls not yet valid or expired (1003/1004) is signed afresh once. */
  async function call(request: HttpRequest): Promise<HttpResponse> {
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await http().request({ ...request, headers: { Authorization: await auth.header() } });
        const refused = envelopeError(response);
        if (refused) throw refused;
        return response;
      } catch (error) {
        const stale = error instanceof ProviderError && (error.code === "1003" || error.code === "1004");
        if (!stale || !auth.signs || attempt > 0) throw error;
        auth.renew();
      }
    }
  }

  async function query(endpoint: KlingEndpoint, id: string, signal?: AbortSignal): Promise<ProviderTask> {
    const response = await call({
      method: "GET",
      path: `${KLING_VIDEOS_PATH}/${endpoint}/${encodeURIComponent(id)}`,
      signal,
    });
    const { data } = parseProviderBody("kling", TaskEnvelopeSchema, response, { what: "task query", isCreate: false });
    const task = toProviderTask(data, response.body);
    return { ...task, providerTaskId: studioTaskId(endpoint, klingTaskId(data)) };
  }

  function readTasks(response: HttpResponse, endpointOf: (taskId: string) => KlingEndpoint | undefined) {
    const { data } = parseProviderBody("kling", TaskListSchema, response, { what: "task list", isCreate: false });
    return data.flatMap((item) => {
      const parsed = KlingTaskSchema.safeParse(item);
      const endpoint = parsed.success ? endpointOf(klingTaskId(parsed.data)) : undefined;
      if (!parsed.success || !endpoint) return [];
      return [
        { ...toProviderTask(parsed.data, item), providerTaskId: studioTaskId(endpoint, klingTaskId(parsed.data)) },
      ];
    });
  }

  return {
    id: "kling",
    models: KLING_MODELS,
    capabilities: KLING_CAPABILITIES,

    validate: (request) => validateForProvider("kling", KLING_MODELS, request, validateKlingRequest),

    async submit(input, options = {}) {
      const request = requireValidRequest("kling", KLING_MODELS, input, validateKlingRequest);
      const { endpoint, body } = toKlingCreate(request, options);
      const response = await call({
        method: "POST",
        path: `${KLING_VIDEOS_PATH}/${endpoint}`,
        body,
        signal: options.signal,
      });
      const { data } = parseProviderBody("kling", TaskEnvelopeSchema, response, {
        what: "task creation",
        isCreate: true,
      });
      return {
        providerTaskId: studioTaskId(endpoint, klingTaskId(data)),
        status: toTaskStatus(data.task_status ?? data.status),
        raw: response.body,
      };
    },

    get(providerTaskId, options = {}) {
      const { endpoint, taskId } = splitTaskId(providerTaskId);
      return query(endpoint, taskId, options.signal);
    },

    /**
     * Kling AI developer docs: "choose either task_id OR external_task_id for querying", under the endpoint that
     * created the task. The generation's id went as external_task_id; each endpoint is asked in turn, and
     * "does not exist" (1203) everywhere means no task was created.
     */
    async findTaskByIdempotencyKey(idempotencyKey, options = {}) {
      for (const endpoint of KLING_ENDPOINTS) {
        try {
          return await query(endpoint, idempotencyKey, options.signal);
        } catch (error) {
          if (!(error instanceof ProviderError && error.kind === "not_found")) throw error;
        }
      }
      return null;
    },

    /**
     * With an API key, the newer `GET /tasks?task_ids=a,b` answers for many tasks at once; with a signed token,
     * each endpoint's list (newest first, 500 a page) covers the tasks in flight. Tasks not found are left to `get`.
     */
    async getMany(providerTaskIds, options = {}) {
      const wanted = new Map(providerTaskIds.map((id) => [splitTaskId(id).taskId, splitTaskId(id).endpoint]));
      const ids = [...wanted.keys()];
      const found: ProviderTask[] = [];
      if (!auth.signs) {
        for (let start = 0; start < ids.length; start += KLING_BATCH_SIZE) {
          const batch = ids.slice(start, start + KLING_BATCH_SIZE);
          const response = await call({
            method: "GET",
            path: KLING_TASKS_PATH,
            query: { task_ids: batch.join(",") },
            signal: options.signal,
          });
          found.push(...readTasks(response, (taskId) => wanted.get(taskId)));
        }
        return found;
      }
      for (const endpoint of new Set(wanted.values())) {
        const response = await call({
          method: "GET",
          path: `${KLING_VIDEOS_PATH}/${endpoint}`,
          query: { pageNum: 1, pageSize: LIST_PAGE_SIZE },
          signal: options.signal,
        });
        found.push(...readTasks(response, (taskId) => (wanted.get(taskId) === endpoint ? endpoint : undefined)));
      }
      return found;
    },

    resourcePacks: (options = {}) => readResourcePacks(call, Date.now(), options.signal),
  };
}
