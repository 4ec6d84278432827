import { classifyProviderError, ProviderError } from "../errors";
import type { HttpResponse, ProviderErrorBody } from "../http";
import type { RemoteProviderId } from "../ids";
import type { GenerationResult, ProviderTask, SubmittedTask, TaskStatus } from "../types";

// Reads task bodies no document describes (v3-gateway's create and query, xcompute's query): the
// common OpenAI-style and task-API spellings are tried in a fixed order, and anything else becomes a
// ProviderError (kind unknown) that keeps the raw body. Shared by both adapters; it belongs in the
// core if a third provider needs it.

type Path = readonly (string | number)[];
type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function at(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => {
    if (typeof key === "number") return Array.isArray(node) ? (node[key] as unknown) : undefined;
    return isObject(node) ? node[key] : undefined;
  }, value);
}

function firstString(node: unknown, paths: readonly Path[]): string | undefined {
  for (const path of paths) {
    const value = at(node, path);
    if (typeof value === "string" && value.trim()) return value;
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
  }
  return undefined;
}

const STATUS_SPELLINGS: Record<string, TaskStatus> = {
  pending: "queued",
  queued: "queued",
  queueing: "queued",
  submitted: "queued",
  created: "queued",
  waiting: "queued",
  processing: "running",
  running: "running",
  in_progress: "running",
  generating: "running",
  started: "running",
  succeeded: "succeeded",
  succeed: "succeeded",
  success: "succeeded",
  successful: "succeeded",
  completed: "succeeded",
  complete: "succeeded",
  done: "succeeded",
  finished: "succeeded",
  failed: "failed",
  failure: "failed",
  fail: "failed",
  error: "failed",
  cancelled: "canceled",
  canceled: "canceled",
  expired: "expired",
};

/** "IN-PROGRESS", "In Progress", "in_progress" → running; undefined for spellings we do not know. */
export function looseStatus(value: string): TaskStatus | undefined {
  return STATUS_SPELLINGS[
    value
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_")
  ];
}

const ID_KEYS = ["task_id", "taskId", "id"];
const ID_PATHS: Path[] = ID_KEYS.map((key) => [key]);
const STATUS_KEYS = ["status", "task_status", "state"];
const STATUS_PATHS: Path[] = STATUS_KEYS.map((key) => [key]);
/** Where the task object may sit, most specific first: a top-level `status` can be the envelope's ("success"), not the task's. */
const TASK_NODES: Path[] = [["data", 0], ["data"], ["output"], []];
const VIDEO_PATHS: Path[] = [
  ["video_url"],
  ["url"],
  ["videoUrl"],
  ["output", "video_url"],
  ["output", "url"],
  ["result", "video_url"],
  ["result", "url"],
  ["video", "url"],
  ["videos", 0, "url"],
  ["output", "videos", 0, "url"],
  ["data", 0, "url"],
  ["data", 0, "video_url"],
];
const COVER_PATHS: Path[] = [["cover_url"], ["thumbnail_url"], ["output", "cover_url"], ["data", 0, "cover_url"]];
const DURATION_PATHS: Path[] = [["duration"], ["seconds"], ["output", "duration"], ["data", 0, "duration"]];
const ERROR_CODE_PATHS: Path[] = [["error", "code"], ["error_code"], ["fail_code"], ["error", "type"]];
const ERROR_MESSAGE_PATHS: Path[] = [
  ["error", "message"],
  ["error"],
  ["fail_reason"],
  ["failure_reason"],
  ["error_message"],
  ["message"],
];

function taskNode(body: unknown): Json | undefined {
  return TASK_NODES.map((path) => at(body, path)).find(
    (node): node is Json => isObject(node) && [...ID_KEYS, ...STATUS_KEYS].some((key) => key in node),
  );
}

/** Paths tried on the task object first, then on the whole body. */
function read(body: unknown, node: Json | undefined, paths: readonly Path[]): string | undefined {
  return (node && firstString(node, paths)) ?? firstString(body, paths);
}

function unrecognised(
  provider: RemoteProviderId,
  response: HttpResponse,
  what: string,
  reason: string,
  isCreate = false,
): ProviderError {
  return new ProviderError({
    provider,
    kind: "unknown",
    httpStatus: response.status,
    message: `Unrecognised ${what} response from ${provider}: ${reason}. The raw body is kept on this error.`,
    // The task may exist: the engine must reconcile rather than create it again.
    outcomeUnknown: isCreate,
    rawBody: response.text,
  });
}

/** A create answer: the task id is essential; a missing or unfamiliar status just means "queued", which a new task is. */
export function readLooseCreated(provider: RemoteProviderId, response: HttpResponse): SubmittedTask {
  const node = taskNode(response.body);
  const id = read(response.body, node, ID_PATHS);
  if (!id)
    throw unrecognised(
      provider,
      response,
      "task creation",
      "no task id in id, task_id, data.task_id or data[0].task_id",
      true,
    );
  const status = node && firstString(node, STATUS_PATHS);
  return {
    providerTaskId: id,
    status: (status === undefined ? undefined : looseStatus(status)) ?? "queued",
    raw: response.body,
  };
}

function toResult(body: unknown, node: Json | undefined, videoUrl: string): GenerationResult {
  const duration = Number(read(body, node, DURATION_PATHS));
  return {
    videoUrl,
    coverUrl: read(body, node, COVER_PATHS),
    durationSeconds: Number.isFinite(duration) && duration > 0 ? duration : undefined,
  };
}

/** A query answer → the normalised task; `requestedId` stands in when the body does not repeat the id. */
export function readLooseTask(provider: RemoteProviderId, response: HttpResponse, requestedId: string): ProviderTask {
  const { body } = response;
  const node = taskNode(body);
  const providerTaskId = read(body, node, ID_PATHS) ?? requestedId;
  const statusText = node && firstString(node, STATUS_PATHS);
  const videoUrl = read(body, node, VIDEO_PATHS);
  const hasVideo = videoUrl !== undefined && /^https?:\/\//i.test(videoUrl);
  // OpenAI-style list answers ({created, data:[{url}]}) carry no status: a video means it is done.
  const status = statusText ? looseStatus(statusText) : hasVideo ? "succeeded" : undefined;
  if (!status) {
    throw unrecognised(
      provider,
      response,
      "task query",
      statusText ? `unknown task status "${statusText}"` : "no task status and no video URL",
    );
  }
  const base = { providerTaskId, raw: body };
  if (status === "succeeded") {
    if (hasVideo) return { ...base, status, result: toResult(body, node, videoUrl) };
    throw unrecognised(provider, response, "task query", "the task succeeded but no video URL was found");
  }
  if (status === "failed" || status === "expired") {
    const code = read(body, node, ERROR_CODE_PATHS);
    const message =
      read(body, node, ERROR_MESSAGE_PATHS) ??
      (status === "failed" ? "The generation failed." : "The task has expired.");
    const kind = status === "expired" ? "not_found" : classifyProviderError({ code, message }).kind;
    return { ...base, status, error: new ProviderError({ provider, kind, code, message }) };
  }
  return { ...base, status };
}

/** Error envelopes of OpenAI-style gateways: `{error:{code,message,type}}`, `{code,message}`, `{message}` or `{detail}`. */
export function readLooseError(body: unknown): ProviderErrorBody {
  if (!isObject(body)) return {};
  const envelope = isObject(body.error) ? body.error : body;
  // A string code ("invalid_api_key") is the most specific; a numeric one (429) only repeats the
  // HTTP status, so the type ("rate_limit_error") says more.
  const code =
    typeof envelope.code === "string" && envelope.code ? envelope.code : firstString(envelope, [["type"], ["code"]]);
  const message =
    firstString(envelope, [["message"], ["detail"], ["msg"]]) ??
    (typeof body.error === "string" ? body.error : undefined);
  const requestId = firstString(body, [["request_id"], ["requestId"]]);
  return { code, message, requestId };
}
