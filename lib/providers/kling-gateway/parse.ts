import { z } from "zod";
import { classifyProviderError, ProviderError, type ProviderErrorKind } from "../errors";
import type { ProviderErrorBody } from "../http";
import type { GenerationResult, ProviderTask, TaskStatus } from "../types";

// Response shapes of the Kling gateway's API reference. Unknown extra fields are allowed (the gateway adds vendor fields).

const GatewayStatusSchema = z.enum(["pending", "processing", "completed", "failed"]);
type GatewayStatus = z.infer<typeof GatewayStatusSchema>;

const STATUS: Record<GatewayStatus, TaskStatus> = {
  pending: "queued",
  processing: "running",
  completed: "succeeded",
  failed: "failed",
};

export const KlingGatewayCreateResponseSchema = z.object({
  id: z.string().min(1),
  status: GatewayStatusSchema,
  created_at: z.string().optional(),
  model: z.string().optional(),
});

/** Shape A: the task itself, in every state. */
const TaskShapeSchema = z.object({
  id: z.string().min(1),
  status: GatewayStatusSchema,
  created_at: z.string().nullish(),
  completed_at: z.string().nullish(),
  model: z.string().nullish(),
  video_url: z.string().nullish(),
  usage: z
    .object({ seconds: z.number().optional(), video_count: z.number().optional(), size: z.string().optional() })
    .nullish(),
  error: z.string().nullish(),
});

/** Shape B: an OpenAI-style result of a finished task, without id or status. */
const ResultShapeSchema = z.object({
  created: z.number(),
  data: z.array(
    z.object({
      url: z.string().nullish(),
      b64_json: z.string().nullish(),
      duration: z.number().nullish(),
      width: z.number().nullish(),
      height: z.number().nullish(),
      cover_url: z.string().nullish(),
    }),
  ),
  usage: z.object({ video_count: z.number().optional(), duration_seconds: z.number().optional() }).nullish(),
  provider: z.string().nullish(),
  model: z.string().nullish(),
});

export const KlingGatewayTaskResponseSchema = z.union([TaskShapeSchema, ResultShapeSchema]);
export type KlingGatewayTaskResponse = z.infer<typeof KlingGatewayTaskResponseSchema>;

export function toTaskStatus(status: GatewayStatus): TaskStatus {
  return STATUS[status];
}

const ErrorEnvelopeSchema = z.union([
  // The element endpoints' envelope (the Kling gateway's API reference), also what Kling itself answers.
  z.object({
    code: z.union([z.number(), z.string()]),
    message: z.string().optional(),
    request_id: z.string().optional(),
  }),
  // A failed task's `error` string (the Kling gateway's API reference), and the OpenAI-style object such gateways also send.
  z.object({
    error: z.union([
      z.string(),
      z.object({
        message: z.string().optional(),
        code: z.union([z.number(), z.string()]).nullish(),
        type: z.string().optional(),
      }),
    ]),
  }),
]);

/** The gateway's error bodies, from anything. */
export function readKlingGatewayError(body: unknown): ProviderErrorBody {
  const parsed = ErrorEnvelopeSchema.safeParse(body);
  if (!parsed.success) return {};
  const envelope = parsed.data;
  if ("code" in envelope)
    return { code: String(envelope.code), message: envelope.message, requestId: envelope.request_id };
  if (typeof envelope.error === "string") return { message: envelope.error };
  const code = envelope.error.code ?? envelope.error.type;
  return { code: code === undefined || code === null ? undefined : String(code), message: envelope.error.message };
}

// The documentation's failure example is Chinese ("内容审核未通过"), which the shared classifier's patterns miss.
const CHINESE_CONTENT_REJECTION = /审核|违规|敏感|违禁/;

/** A gateway failure as a ProviderError, through the one classifier. */
export function gatewayFailure(init: {
  code?: string;
  message: string;
  requestId?: string;
  kind?: ProviderErrorKind;
}): ProviderError {
  const classified = classifyProviderError({ code: init.code, message: init.message }).kind;
  const kind =
    init.kind ??
    (classified === "unknown" && CHINESE_CONTENT_REJECTION.test(init.message) ? "content_rejected" : classified);
  return new ProviderError({
    provider: "kling-gateway",
    kind,
    code: init.code,
    message: init.message,
    requestId: init.requestId,
  });
}

function isoTime(value: string | null | undefined): string | undefined {
  const time = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function parseSize(size: string | undefined): { width?: number; height?: number } {
  const match = size?.match(/^(\d+)\s*[*x×]\s*(\d+)$/);
  return match ? { width: Number(match[1]), height: Number(match[2]) } : {};
}

const missingVideo = () =>
  gatewayFailure({ kind: "unknown", code: "missing_video_url", message: "The task completed without a video URL." });

function fromTaskShape(response: z.infer<typeof TaskShapeSchema>, raw: unknown): ProviderTask {
  const base = {
    providerTaskId: response.id,
    raw,
    timing: { submittedAt: isoTime(response.created_at), finishedAt: isoTime(response.completed_at) },
  };
  const status = toTaskStatus(response.status);
  if (status === "succeeded") {
    if (!response.video_url) return { ...base, status: "failed", error: missingVideo() };
    const usage = response.usage ?? undefined;
    const result: GenerationResult = {
      videoUrl: response.video_url,
      durationSeconds: usage?.seconds,
      billedSeconds: usage?.seconds,
      ...parseSize(usage?.size),
    };
    return { ...base, status, result };
  }
  if (status === "failed")
    return { ...base, status, error: gatewayFailure({ message: response.error || "The generation failed." }) };
  return { ...base, status };
}

function fromResultShape(response: z.infer<typeof ResultShapeSchema>, raw: unknown, requestedId: string): ProviderTask {
  const base = { providerTaskId: requestedId, raw };
  const video = response.data[0];
  // b64_json is the documentation's optional inline video: kept as a data: URL so it downloads like any other.
  const videoUrl = video?.url || (video?.b64_json ? `data:video/mp4;base64,${video.b64_json}` : undefined);
  if (!video || !videoUrl) return { ...base, status: "failed", error: missingVideo() };
  const result: GenerationResult = {
    videoUrl,
    coverUrl: video.cover_url ?? undefined,
    durationSeconds: video.duration ?? undefined,
    width: video.width ?? undefined,
    height: video.height ?? undefined,
    billedSeconds: response.usage?.duration_seconds ?? video.duration ?? undefined,
  };
  return { ...base, status: "succeeded", result };
}

/**
 * A parsed query response → the normalised task. Shape B carries no id, so the id the task was
 * asked for stands in (the gateway answers queries by task id and by external_task_id alike).
 */
export function toProviderTask(response: KlingGatewayTaskResponse, raw: unknown, requestedId: string): ProviderTask {
  return "status" in response ? fromTaskShape(response, raw) : fromResultShape(response, raw, requestedId);
}

/**
 * Reads a body the gateway POSTs to callback_url. The documentation names a "Callback 协议" without
 * reproducing it; the task (shape A) is the least surprising content and the one this accepts.
 */
export function parseKlingGatewayCallback(body: unknown): ProviderTask {
  const parsed = TaskShapeSchema.safeParse(body);
  if (!parsed.success) {
    throw new ProviderError({
      provider: "kling-gateway",
      kind: "unknown",
      code: "callback_unrecognised",
      message: "The callback body is not a Kling gateway task.",
      rawBody: JSON.stringify(body),
    });
  }
  return fromTaskShape(parsed.data, body);
}
