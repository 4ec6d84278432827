import { z } from "zod";
import { classifyProviderError, ProviderError } from "../errors";
import type { ProviderErrorBody } from "../http";
import type { GenerationResult, ProviderTask, TaskStatus } from "../types";

// Response shapes of DashScope's Kling video API reference. Unknown extra fields are allowed (providers add fields over time).

const TaskStatusSchema = z.enum(["PENDING", "RUNNING", "SUCCEEDED", "FAILED", "CANCELED", "UNKNOWN"]);

const STATUS: Record<z.infer<typeof TaskStatusSchema>, TaskStatus> = {
  PENDING: "queued",
  RUNNING: "running",
  SUCCEEDED: "succeeded",
  FAILED: "failed",
  CANCELED: "canceled",
  // DashScope's Kling video API reference: UNKNOWN means the task does not exist or its 24 h query window has passed.
  UNKNOWN: "expired",
};

export const DashScopeCreateResponseSchema = z.object({
  output: z.object({ task_id: z.string().min(1), task_status: TaskStatusSchema }),
  request_id: z.string().optional(),
});

export const DashScopeTaskResponseSchema = z.object({
  request_id: z.string().optional(),
  output: z.object({
    task_id: z.string().min(1),
    task_status: TaskStatusSchema,
    submit_time: z.string().optional(),
    scheduled_time: z.string().optional(),
    end_time: z.string().optional(),
    video_url: z.string().optional(),
    watermark_video_url: z.string().optional(),
    orig_prompt: z.string().optional(),
    code: z.string().optional(),
    message: z.string().optional(),
  }),
  usage: z
    .object({
      duration: z.number().optional(),
      size: z.string().optional(),
      fps: z.number().optional(),
      video_count: z.number().optional(),
      audio: z.boolean().optional(),
      SR: z.string().optional(),
    })
    .optional(),
});
export type DashScopeTaskResponse = z.infer<typeof DashScopeTaskResponseSchema>;

const ErrorBodySchema = z.object({
  code: z.string().optional(),
  message: z.string().optional(),
  request_id: z.string().optional(),
});

/** DashScope's error envelope `{code, message, request_id}`, from any body. */
export function readDashScopeError(body: unknown): ProviderErrorBody {
  const parsed = ErrorBodySchema.safeParse(body);
  return parsed.success
    ? { code: parsed.data.code, message: parsed.data.message, requestId: parsed.data.request_id }
    : {};
}

export function toTaskStatus(status: z.infer<typeof TaskStatusSchema>): TaskStatus {
  return STATUS[status];
}

/** "2026-03-27 21:30:32.575" → ISO 8601. The seed gives no zone; the Beijing region reports China time (UTC+8). */
export function parseDashScopeTime(value: string | undefined): string | undefined {
  const match = value?.match(/^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?)$/);
  return match ? new Date(`${match[1]}T${match[2]}+08:00`).toISOString() : undefined;
}

function parseSize(size: string | undefined): { width?: number; height?: number } {
  const match = size?.match(/^(\d+)\s*[*x×]\s*(\d+)$/);
  return match ? { width: Number(match[1]), height: Number(match[2]) } : {};
}

function toResult(response: DashScopeTaskResponse, videoUrl: string): GenerationResult {
  const usage = response.usage;
  return {
    videoUrl,
    watermarkedVideoUrl: response.output.watermark_video_url,
    durationSeconds: usage?.duration,
    ...parseSize(usage?.size),
    fps: usage?.fps,
    hasAudio: usage?.audio,
    // usage.duration is what DashScope bills (DashScope's Kling video API reference).
    billedSeconds: usage?.duration,
  };
}

/** A parsed query response → the normalised task. */
export function toProviderTask(response: DashScopeTaskResponse, raw: unknown): ProviderTask {
  const { output } = response;
  const base = {
    providerTaskId: output.task_id,
    raw,
    timing: {
      submittedAt: parseDashScopeTime(output.submit_time),
      startedAt: parseDashScopeTime(output.scheduled_time),
      finishedAt: parseDashScopeTime(output.end_time),
    },
  };
  const status = toTaskStatus(output.task_status);
  const failure = (init: { kind?: ReturnType<typeof classifyProviderError>["kind"]; code?: string; message: string }) =>
    new ProviderError({
      provider: "dashscope",
      kind: init.kind ?? classifyProviderError({ code: init.code, message: init.message }).kind,
      code: init.code,
      message: init.message,
      requestId: response.request_id,
    });

  if (status === "succeeded") {
    if (output.video_url) return { ...base, status, result: toResult(response, output.video_url) };
    // Nothing to download: report a failed task rather than a success without a video.
    return {
      ...base,
      status: "failed",
      error: failure({
        kind: "unknown",
        code: "missing_video_url",
        message: "The task succeeded without a video URL.",
      }),
    };
  }
  if (status === "failed") {
    return {
      ...base,
      status,
      error: failure({ code: output.code, message: output.message ?? "The generation failed." }),
    };
  }
  if (status === "expired") {
    return {
      ...base,
      status,
      error: failure({
        kind: "not_found",
        code: "UNKNOWN",
        message: "The task does not exist or is older than 24 hours.",
      }),
    };
  }
  return { ...base, status };
}
