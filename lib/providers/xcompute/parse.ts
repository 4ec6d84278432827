import { z } from "zod";
import { classifyProviderError, ProviderError } from "../errors";
import type { HttpResponse, ProviderErrorBody } from "../http";
import type { SubmittedTask } from "../types";
import { looseStatus } from "../shared/loose-task";

// The documented answers of xcompute's Kling v3 video generation reference. The task query is documented elsewhere ("获取任务状态") and
// is read defensively by readLooseTask (v3-gateway/loose-task.ts).

export const XComputeCreateResponseSchema = z.object({
  code: z.number(),
  data: z.array(z.object({ status: z.string(), task_id: z.string().min(1) })).min(1),
});

const ErrorEnvelopeSchema = z.object({
  error: z.object({
    code: z.union([z.number(), z.string()]).optional(),
    message: z.string().optional(),
    type: z.string().optional(),
  }),
});

/** `{error:{code, message, type}}`: the type ("payment_required") is the code that classifies; the numeric code repeats the HTTP status. */
export function readXComputeError(body: unknown): ProviderErrorBody {
  const parsed = ErrorEnvelopeSchema.safeParse(body);
  if (!parsed.success) return {};
  const { code, message, type } = parsed.data.error;
  return { code: type ?? (code === undefined ? undefined : String(code)), message };
}

/** The create answer `{code:200, data:[{status:"submitted", task_id}]}`; a non-200 `code` in a 2xx body is an error. */
export function toSubmittedTask(
  created: z.infer<typeof XComputeCreateResponseSchema>,
  response: HttpResponse,
): SubmittedTask {
  const [task] = created.data;
  if (created.code !== 200 || !task) {
    const { kind } = classifyProviderError({ status: created.code });
    throw new ProviderError({
      provider: "xcompute",
      kind,
      httpStatus: response.status,
      code: String(created.code),
      message: `xcompute answered HTTP ${response.status} with code ${created.code}`,
      // The body claims failure, but a 2xx after the create was sent leaves the task's fate open.
      outcomeUnknown: true,
      rawBody: response.text,
    });
  }
  return { providerTaskId: task.task_id, status: looseStatus(task.status) ?? "queued", raw: response.body };
}
