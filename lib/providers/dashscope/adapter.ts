import { lazyHttpClient, requireValidRequest, validateForProvider } from "../adapter-kit";
import type { ProviderConnection } from "../config";
import { parseProviderBody } from "../http";
import type { ProviderAdapter } from "../types";
import { z } from "zod";
import { DASHSCOPE_CAPABILITIES, DASHSCOPE_LIST_PAGE_SIZE, DASHSCOPE_MODELS } from "./capabilities";
import {
  DashScopeCreateResponseSchema,
  DashScopeTaskResponseSchema,
  readDashScopeError,
  toProviderTask,
  toTaskStatus,
} from "./parse";
import { validateDashScopeRequest } from "./validate";
import { toDashScopeBody } from "./wire";

export const DASHSCOPE_CREATE_PATH = "/api/v1/services/aigc/video-generation/video-synthesis";
export const dashScopeTaskPath = (taskId: string) => `/api/v1/tasks/${encodeURIComponent(taskId)}`;
export const DASHSCOPE_TASK_LIST_PATH = "/api/v1/tasks/";

const TaskListSchema = z.object({
  data: z.array(z.object({ task_id: z.string(), status: z.string() })).default([]),
});

/** DashScope (Alibaba Cloud Model Studio, DashScope's Kling video API reference). Beijing region: key, model and endpoint must match. */
export function createDashScopeAdapter(connection: ProviderConnection): ProviderAdapter {
  const http = lazyHttpClient("dashscope", connection, { readError: readDashScopeError });

  return {
    id: "dashscope",
    models: DASHSCOPE_MODELS,
    capabilities: DASHSCOPE_CAPABILITIES,

    validate: (request) => validateForProvider("dashscope", DASHSCOPE_MODELS, request, validateDashScopeRequest),

    // DashScope has neither per-request callbacks nor idempotency keys (see capabilities): both options are ignored.
    async submit(input, options = {}) {
      const request = requireValidRequest("dashscope", DASHSCOPE_MODELS, input, validateDashScopeRequest);
      const response = await http().request({
        method: "POST",
        path: DASHSCOPE_CREATE_PATH,
        // Required: without it DashScope answers "current user api does not support synchronous calls".
        headers: { "X-DashScope-Async": "enable" },
        body: toDashScopeBody(request),
        signal: options.signal,
      });
      const created = parseProviderBody("dashscope", DashScopeCreateResponseSchema, response, {
        what: "task creation",
        isCreate: true,
      });
      return {
        providerTaskId: created.output.task_id,
        status: toTaskStatus(created.output.task_status),
        raw: response.body,
      };
    },

    async get(providerTaskId, options = {}) {
      const response = await http().request({
        method: "GET",
        path: dashScopeTaskPath(providerTaskId),
        signal: options.signal,
      });
      const task = parseProviderBody("dashscope", DashScopeTaskResponseSchema, response, {
        what: "task query",
        isCreate: false,
      });
      return toProviderTask(task, response.body);
    },

    /**
     * DashScope's "manage asynchronous tasks" page, batch query: the account's PENDING and RUNNING tasks of the last
     * 24 hours (its default window), one page of each. It reports statuses only: a task it does not list has
     * finished or is unknown, and is left to `get` for its result.
     */
    async getMany(providerTaskIds, options = {}) {
      const wanted = new Set(providerTaskIds);
      const found = [];
      for (const status of ["PENDING", "RUNNING"]) {
        const response = await http().request({
          method: "GET",
          path: DASHSCOPE_TASK_LIST_PATH,
          query: { status, page_no: 1, page_size: DASHSCOPE_LIST_PAGE_SIZE },
          signal: options.signal,
        });
        const list = parseProviderBody("dashscope", TaskListSchema, response, { what: "task list", isCreate: false });
        for (const task of list.data)
          if (wanted.has(task.task_id))
            found.push({
              providerTaskId: task.task_id,
              status: status === "PENDING" ? ("queued" as const) : ("running" as const),
              raw: task,
            });
      }
      return found;
    },

    // From DashScope's "manage asynchronous tasks" page that its Kling video API reference links to: only PENDING tasks can be canceled.
    async cancel(providerTaskId, options = {}) {
      await http().request({
        method: "POST",
        path: `${dashScopeTaskPath(providerTaskId)}/cancel`,
        signal: options.signal,
      });
    },
  };
}
