import { z } from "zod";
import { DASHSCOPE_CREATE_PATH } from "../dashscope/adapter";
import { DASHSCOPE_OMNI_MODEL, DASHSCOPE_STANDARD_MODEL } from "../dashscope/capabilities";
import {
  startFakeServer,
  type FakeReply,
  type FakeServer,
  type FakeServerOptions,
  type RecordedRequest,
} from "./fake-server";

// A fake DashScope (its Kling video API reference): accepts what the documentation accepts, answers with the documentation's bodies.

/** Error bodies as DashScope sends them (InvalidApiKey is the documentation's; the others are DashScope's documented codes). */
export const dashScopeErrors = {
  noApiKey: () => ({
    status: 401,
    json: { code: "InvalidApiKey", message: "No API-key provided.", request_id: requestId() },
  }),
  invalidApiKey: () => ({
    status: 401,
    json: { code: "InvalidApiKey", message: "Invalid API-key provided.", request_id: requestId() },
  }),
  synchronousCall: () => ({
    status: 403,
    json: {
      code: "AccessDenied",
      message: "current user api does not support synchronous calls",
      request_id: requestId(),
    },
  }),
  invalidParameter: (message: string) => ({
    status: 400,
    json: { code: "InvalidParameter", message, request_id: requestId() },
  }),
  throttled: () => ({
    status: 429,
    json: {
      code: "Throttling.RateQuota",
      message: "Requests rate limit exceeded, please try again later.",
      request_id: requestId(),
    },
  }),
  internalError: () => ({
    status: 500,
    json: {
      code: "InternalError",
      message: "An internal error has occured, please try again later.",
      request_id: requestId(),
    },
  }),
} satisfies Record<string, (...args: never[]) => FakeReply>;

let requestCounter = 0;
function requestId() {
  requestCounter += 1;
  return `req-${String(requestCounter).padStart(6, "0")}`;
}

/** How a task ends once it has progressed. */
export type FakeTaskOutcome = { status: "SUCCEEDED" } | { status: "FAILED"; code: string; message: string };

export type FakeDashScopeOptions = {
  apiKey?: string;
  /** PENDING for `queued` queries, RUNNING for `running` more, then final; or the same in milliseconds since creation. */
  progression?:
    { by: "queries"; queued: number; running: number } | { by: "time"; queuedMs: number; runningMs: number };
  /** Milliseconds each new task runs (time progression only), e.g. drawn from a distribution; default `runningMs`. */
  runningMsOf?: () => number;
  /** Where a finished task's videos are served (a real file server in task-engine tests); default a placeholder host. */
  videoUrl?: (taskId: string, variant: "video" | "watermarked") => string;
  /** Decides each task's ending from its create body (default: success). */
  outcome?: (body: unknown) => FakeTaskOutcome;
  randomFaults?: FakeServerOptions["randomFaults"];
};

type FakeTask = {
  id: string;
  body: WireBody;
  createdAt: number;
  runningMs?: number;
  queries: number;
  canceled: boolean;
  expired: boolean;
  outcome: FakeTaskOutcome;
};

export type FakeDashScope = FakeServer & {
  tasks: Map<string, FakeTask>;
  /** Makes a task answer UNKNOWN, as after its 24 h query window. */
  expireTask(id: string): void;
  /** Requests that reached the create endpoint. */
  createRequests(): RecordedRequest[];
};

const MediaSchema = z.strictObject({
  type: z.enum(["first_frame", "last_frame", "refer", "base", "feature"]),
  url: z.string().regex(/^https?:\/\//, "media url must be HTTP or HTTPS"),
  keep_original_sound: z.enum(["yes", "no"]).optional(),
});

const WireBodySchema = z.strictObject({
  model: z.string(),
  input: z.strictObject({
    prompt: z.string().max(100_000).optional(),
    negative_prompt: z.string().optional(),
    media: z.array(MediaSchema).optional(),
    multi_shot: z.boolean().optional(),
    shot_type: z.enum(["intelligence", "customize"]).optional(),
    multi_prompt: z
      .array(
        z.strictObject({
          index: z.number().int().min(1).max(6),
          prompt: z.string(),
          duration: z.number().int().min(1),
        }),
      )
      .max(6)
      .optional(),
    element_list: z.array(z.strictObject({ element_id: z.number().int() })).optional(),
  }),
  parameters: z
    .strictObject({
      mode: z.enum(["std", "pro"]).optional(),
      aspect_ratio: z.enum(["16:9", "9:16", "1:1"]).optional(),
      duration: z.number().int().min(3).max(15).optional(),
      audio: z.boolean().optional(),
      watermark: z.boolean().optional(),
    })
    .optional(),
});
type WireBody = z.infer<typeof WireBodySchema>;

const COMBINATIONS: Record<string, string[]> = {
  [DASHSCOPE_STANDARD_MODEL]: ["", "first_frame", "first_frame+last_frame"],
  [DASHSCOPE_OMNI_MODEL]: [
    "",
    "first_frame",
    "first_frame+last_frame",
    "feature",
    "refer",
    "feature+refer",
    "feature+first_frame",
    "base",
    "base+refer",
  ],
};

const ORDER: string[] = ["feature", "base", "first_frame", "last_frame", "refer"];

/** The documentation's rules the provider enforces server-side; returns the reason a body is refused. */
function refusal(body: WireBody): string | undefined {
  const combinations = COMBINATIONS[body.model];
  if (!combinations) return "Model not exist.";
  const media = body.input.media ?? [];
  const roles = [...new Set(media.map((item) => item.type))].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  if (!combinations.includes(roles.join("+"))) return `Unsupported media combination: ${roles.join("+")}`;
  for (const role of ["first_frame", "last_frame", "base", "feature"]) {
    if (media.filter((item) => item.type === role).length > 1) return `Only one ${role} is allowed`;
  }
  const hasVideo = roles.includes("base") || roles.includes("feature");
  const duration = body.parameters?.duration ?? 5;
  if (hasVideo && duration > 10) return "duration must be in [3, 10] when a video is provided";
  if (hasVideo && body.parameters?.audio) return "audio must be false when a video is provided";
  if (body.model === DASHSCOPE_STANDARD_MODEL && media.some((item) => item.keep_original_sound))
    return "keep_original_sound is not supported";
  const references = media.filter((item) => item.type === "refer").length + (body.input.element_list?.length ?? 0);
  if (references > (hasVideo ? 4 : 7)) return "Too many reference images and elements";
  if (body.input.multi_shot && !body.input.shot_type) return "shot_type is required when multi_shot is true";
  if (body.input.shot_type === "customize" && body.input.multi_shot && !body.input.multi_prompt?.length)
    return "multi_prompt is required when shot_type is customize";
  if (body.input.multi_shot && body.input.shot_type === "intelligence" && !body.input.prompt)
    return "prompt is required when shot_type is intelligence";
  if (body.input.multi_prompt?.some((shot) => shot.duration > duration))
    return "shot duration must not exceed parameters.duration";
  // Text and reference need one; image-to-video, feature + first frame and edits follow their input.
  const needsRatio = !roles.includes("first_frame") && !roles.includes("base");
  if (needsRatio && !body.parameters?.aspect_ratio) return "aspect_ratio is required";
  return undefined;
}

function statusOf(task: FakeTask, progression: NonNullable<FakeDashScopeOptions["progression"]>): string {
  if (task.expired) return "UNKNOWN";
  if (task.canceled) return "CANCELED";
  const [elapsed, queued, running] =
    progression.by === "queries"
      ? [task.queries, progression.queued, progression.running]
      : [Date.now() - task.createdAt, progression.queuedMs, task.runningMs ?? progression.runningMs];
  if (elapsed <= queued) return "PENDING";
  if (elapsed <= queued + running) return "RUNNING";
  return task.outcome.status;
}

const placeholderVideoUrl = (taskId: string, variant: "video" | "watermarked") =>
  `https://cdn.fake.test/${taskId}${variant === "watermarked" ? "-wm" : ""}.mp4`;

/** When a task finished (ms since epoch), for measuring how late the client noticed; time progression only. */
export function fakeTaskFinishedAt(task: FakeTask, progression: { queuedMs: number; runningMs: number }): number {
  return task.createdAt + progression.queuedMs + (task.runningMs ?? progression.runningMs);
}

function taskBody(task: FakeTask, status: string, videoUrl = placeholderVideoUrl): unknown {
  const output: Record<string, unknown> = { task_id: task.id, task_status: status };
  if (status === "UNKNOWN") return { request_id: requestId(), output };
  output.submit_time = "2026-03-27 21:30:32.575";
  if (status !== "PENDING") output.scheduled_time = "2026-03-27 21:30:32.603";
  if (status === "SUCCEEDED") {
    const pro = (task.body.parameters?.mode ?? "pro") === "pro";
    return {
      request_id: requestId(),
      output: {
        ...output,
        end_time: "2026-03-27 21:31:09.177",
        video_url: videoUrl(task.id, "video"),
        watermark_video_url: videoUrl(task.id, "watermarked"),
        orig_prompt: task.body.input.prompt,
      },
      usage: {
        duration: task.body.parameters?.duration ?? 5,
        size: pro ? "1920*1080" : "1280*720",
        fps: 24,
        video_count: 1,
        audio: task.body.parameters?.audio ?? false,
        SR: pro ? "1080" : "720",
      },
    };
  }
  if (task.outcome.status === "FAILED" && status === "FAILED")
    return {
      request_id: requestId(),
      output: {
        ...output,
        end_time: "2026-03-27 21:31:09.177",
        code: task.outcome.code,
        message: task.outcome.message,
      },
    };
  return { request_id: requestId(), output };
}

export async function startFakeDashScope(options: FakeDashScopeOptions = {}): Promise<FakeDashScope> {
  const apiKey = options.apiKey ?? "test-key";
  const progression = options.progression ?? { by: "queries", queued: 1, running: 1 };
  const tasks = new Map<string, FakeTask>();

  function handle(request: RecordedRequest): FakeReply {
    const auth = request.headers.authorization;
    if (!auth) return dashScopeErrors.noApiKey();
    if (auth !== `Bearer ${apiKey}`) return dashScopeErrors.invalidApiKey();

    if (request.method === "POST" && request.path === DASHSCOPE_CREATE_PATH) {
      if (request.headers["x-dashscope-async"] !== "enable") return dashScopeErrors.synchronousCall();
      if (!request.headers["content-type"]?.startsWith("application/json"))
        return dashScopeErrors.invalidParameter("Content-Type must be application/json");
      const parsed = WireBodySchema.safeParse(request.body);
      if (!parsed.success)
        return dashScopeErrors.invalidParameter(
          parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "),
        );
      const reason = refusal(parsed.data);
      if (reason) return dashScopeErrors.invalidParameter(reason);
      const id = `task-${String(tasks.size + 1).padStart(4, "0")}`;
      const outcome = options.outcome?.(parsed.data) ?? { status: "SUCCEEDED" };
      tasks.set(id, {
        id,
        body: parsed.data,
        createdAt: Date.now(),
        runningMs: options.runningMsOf?.(),
        queries: 0,
        canceled: false,
        expired: false,
        outcome,
      });
      return { json: { output: { task_status: "PENDING", task_id: id }, request_id: requestId() } };
    }

    if (request.method === "GET" && /^\/api\/v1\/tasks\/?$/.test(request.path)) return listTasks(request);

    const match = request.path.match(/^\/api\/v1\/tasks\/([^/]+)(\/cancel)?$/);
    if (match?.[1] && request.method === "GET" && !match[2]) {
      const task = tasks.get(decodeURIComponent(match[1]));
      // DashScope's Kling video API reference: an unknown task id answers 200 with task_status UNKNOWN.
      if (!task)
        return {
          json: { request_id: requestId(), output: { task_id: decodeURIComponent(match[1]), task_status: "UNKNOWN" } },
        };
      task.queries += 1;
      return { json: taskBody(task, statusOf(task, progression), options.videoUrl) };
    }
    if (match?.[1] && request.method === "POST" && match[2]) {
      const task = tasks.get(decodeURIComponent(match[1]));
      if (!task || statusOf(task, progression) !== "PENDING") {
        return {
          status: 400,
          json: {
            code: "UnsupportedOperation",
            message: "Failed to cancel the task, please confirm if the task is in PENDING status.",
            request_id: requestId(),
          },
        };
      }
      task.canceled = true;
      return { json: { request_id: requestId() } };
    }
    return {
      status: 404,
      json: { code: "NotFound", message: `No route ${request.method} ${request.path}`, request_id: requestId() },
    };
  }

  /**
   * "Manage asynchronous tasks", batch query: GET /api/v1/tasks/?start_time&end_time (YYYYMMDDhhmmss, at most
   * 24 hours apart, the last 24 hours by default)&model_name&status&page_no (1)&page_size (10). Statuses only:
   * results come from the single query.
   */
  function listTasks(request: RecordedRequest): FakeReply {
    const { start_time: start, end_time: end, model_name: model, status } = request.query;
    const stamp = /^\d{14}$/;
    if ((start && !stamp.test(start)) || (end && !stamp.test(end)))
      return dashScopeErrors.invalidParameter("start_time and end_time must be YYYYMMDDhhmmss");
    const pageNo = Number(request.query.page_no ?? 1);
    const pageSize = Number(request.query.page_size ?? 10);
    if (!Number.isInteger(pageNo) || pageNo < 1 || !Number.isInteger(pageSize) || pageSize < 1)
      return dashScopeErrors.invalidParameter("page_no and page_size must be positive integers");
    const matching = [...tasks.values()]
      .filter((task) => !task.expired && Date.now() - task.createdAt < 24 * 60 * 60 * 1000)
      .filter((task) => !model || task.body.model === model)
      .map((task) => ({ task, status: statusOf(task, progression) }))
      .filter((entry) => !status || entry.status === status)
      .reverse();
    return {
      json: {
        request_id: requestId(),
        total: matching.length,
        total_page: Math.ceil(matching.length / pageSize),
        page_no: pageNo,
        page_size: pageSize,
        data: matching.slice((pageNo - 1) * pageSize, pageNo * pageSize).map(({ task, status: taskStatus }) => ({
          api_key_id: "15xxxx",
          gmt_create: task.createdAt,
          model_name: task.body.model,
          region: "cn-beijing",
          request_id: requestId(),
          status: taskStatus,
          task_id: task.id,
        })),
      },
    };
  }

  const server = await startFakeServer({ handle, randomFaults: options.randomFaults });
  return {
    ...server,
    tasks,
    expireTask(id) {
      const task = tasks.get(id);
      if (task) task.expired = true;
    },
    createRequests: () => server.requests.filter((request) => request.path === DASHSCOPE_CREATE_PATH),
  };
}
