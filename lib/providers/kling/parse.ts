import { z } from "zod";
import { classifyProviderError, ProviderError } from "../errors";
import type { HttpResponse, ProviderErrorBody } from "../http";
import type { ProviderTask, TaskStatus } from "../types";
import { klingErrorVerdict } from "./errors";

// The answers of the Kling AI developer docs: every body is the envelope {code, message, request_id, data}.

export const KlingEnvelopeSchema = z.object({
  code: z.number(),
  message: z.string().optional(),
  request_id: z.string().optional(),
  data: z.unknown().optional(),
});

const VideoSchema = z.object({
  id: z.string().optional(),
  url: z.string(),
  watermark_url: z.string().optional(),
  duration: z.union([z.string(), z.number()]).optional(),
});

/** One task as the create, query and list endpoints describe it (the newer /tasks query too: id, status, outputs). */
export const KlingTaskSchema = z
  .object({
    task_id: z.string().optional(),
    id: z.string().optional(),
    task_status: z.string().optional(),
    status: z.string().optional(),
    task_status_msg: z.string().optional(),
    message: z.string().optional(),
    task_info: z.object({ external_task_id: z.string().optional() }).passthrough().optional(),
    external_id: z.string().optional(),
    task_result: z
      .object({ videos: z.array(VideoSchema).optional() })
      .passthrough()
      .optional(),
    outputs: z.array(z.object({ type: z.string().optional(), url: z.string().optional() }).passthrough()).optional(),
    created_at: z.number().optional(),
    updated_at: z.number().optional(),
  })
  .passthrough()
  .refine((task) => Boolean(task.task_id ?? task.id), { message: "a task has no task_id" });
export type KlingTask = z.infer<typeof KlingTaskSchema>;

export function readKlingError(body: unknown): ProviderErrorBody {
  const parsed = KlingEnvelopeSchema.safeParse(body);
  if (!parsed.success) return {};
  return { code: String(parsed.data.code), message: parsed.data.message, requestId: parsed.data.request_id };
}

/** A 2xx whose envelope carries a non-zero code is a refusal all the same. */
export function envelopeError(response: HttpResponse): ProviderError | undefined {
  const parsed = KlingEnvelopeSchema.safeParse(response.body);
  if (!parsed.success || parsed.data.code === 0) return undefined;
  const signal = { status: response.status, code: String(parsed.data.code), message: parsed.data.message };
  const verdict = klingErrorVerdict(signal) ?? classifyProviderError(signal);
  return new ProviderError({
    provider: "kling",
    kind: verdict.kind,
    userMessage: "userMessage" in verdict ? verdict.userMessage : undefined,
    concurrencyLimited: "concurrencyLimited" in verdict ? verdict.concurrencyLimited : undefined,
    code: signal.code,
    requestId: parsed.data.request_id,
    httpStatus: response.status,
    message: parsed.data.message ?? `Kling answered code ${signal.code}`,
  });
}

export function toTaskStatus(status: string | undefined): TaskStatus {
  switch (status) {
    case "submitted":
      return "queued";
    case "processing":
      return "running";
    // Newer endpoints say "succeeded".
    case "succeed":
    case "succeeded":
      return "succeeded";
    case "failed":
      return "failed";
    default:
      return "running";
  }
}

export function klingTaskId(task: KlingTask): string {
  return (task.task_id ?? task.id)!;
}

export function klingExternalId(task: KlingTask): string | undefined {
  return task.task_info?.external_task_id ?? task.external_id;
}

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

export function toProviderTask(task: KlingTask, raw: unknown): ProviderTask {
  const status = toTaskStatus(task.task_status ?? task.status);
  const providerTaskId = klingTaskId(task);
  const timing = {
    submittedAt: iso(task.created_at),
    finishedAt: status === "succeeded" ? iso(task.updated_at) : undefined,
  };
  if (status === "failed") {
    const message = task.task_status_msg ?? task.message ?? "Kling reports the task failed without a reason.";
    const { kind } = classifyProviderError({ message });
    return {
      providerTaskId,
      status,
      timing,
      raw,
      error: new ProviderError({
        provider: "kling",
        kind: kind === "unknown" ? "unknown" : kind,
        message,
        userMessage: kind === "unknown" ? `Kling could not make this video: ${message}` : undefined,
      }),
    };
  }
  if (status !== "succeeded") return { providerTaskId, status, timing, raw };
  const video = task.task_result?.videos?.[0];
  const output = task.outputs?.find((item) => item.type === undefined || item.type === "video");
  const videoUrl = video?.url ?? output?.url;
  if (!videoUrl)
    return {
      providerTaskId,
      status: "failed",
      raw,
      error: new ProviderError({ provider: "kling", kind: "unknown", message: "Kling reports success but no video." }),
    };
  const duration = video?.duration === undefined ? undefined : Number(video.duration);
  return {
    providerTaskId,
    status,
    timing,
    raw,
    result: {
      videoUrl,
      watermarkedVideoUrl: video?.watermark_url || undefined,
      durationSeconds: Number.isFinite(duration) ? duration : undefined,
    },
  };
}
