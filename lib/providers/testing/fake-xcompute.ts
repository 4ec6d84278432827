import { z } from "zod";
import { XCOMPUTE_CREATE_PATH, XCOMPUTE_DEFAULT_QUERY_PATH } from "../xcompute/adapter";
import {
  startFakeServer,
  type FakeReply,
  type FakeServer,
  type FakeServerOptions,
  type RecordedRequest,
} from "./fake-server";
import {
  createFakeTaskStore,
  taskIdFromQuery,
  type FakeProgression,
  type FakeTask,
  type FakeTaskOutcome,
  type FakeTaskShapeName,
} from "./fake-v3-gateway-tasks";

// A fake xcompute (its Kling v3 video generation reference): accepts what the documentation accepts and answers with its documented bodies.
// The status endpoint is not in the documentation, so query answers take one of several plausible shapes.

/** The documentation's documented error bodies, verbatim. */
export const xcomputeErrors = {
  badRequest: () => ({
    status: 400,
    json: { error: { code: 400, message: "请求参数无效", type: "invalid_request_error" } },
  }),
  unauthorized: () => ({
    status: 401,
    json: { error: { code: 401, message: "身份验证失败，请检查您的API密钥", type: "authentication_error" } },
  }),
  paymentRequired: () => ({
    status: 402,
    json: { error: { code: 402, message: "账户余额不足，请充值后再试", type: "payment_required" } },
  }),
  rateLimited: () => ({
    status: 429,
    json: { error: { code: 429, message: "请求过于频繁，请稍后再试", type: "rate_limit_error" } },
  }),
  serverError: () => ({
    status: 500,
    json: { error: { code: 500, message: "服务器内部错误，请稍后重试", type: "server_error" } },
  }),
} satisfies Record<string, () => FakeReply>;

const url = z.string().regex(/^https?:\/\//, "must be a public http(s) URL");
const ratio = z.enum(["16:9", "9:16", "1:1"]);

const WireBodySchema = z.strictObject({
  model: z.literal("kling-v3"),
  prompt: z.string().optional(),
  negative_prompt: z.string().optional(),
  mode: z.enum(["std", "pro", "4k"]).optional(),
  // "必须输入纯数字，不要加引号，否则会报错": a quoted duration fails here.
  duration: z.number().int().min(3).max(15).optional(),
  aspect_ratio: ratio.optional(),
  // Every example of the documentation sends the ratio as `size`.
  size: ratio.optional(),
  image_urls: z.array(url).min(1).max(2).optional(),
  watermark: z.boolean().optional(),
  audio: z.boolean().optional(),
  multi_shot: z.boolean().optional(),
  shot_type: z.enum(["customize", "intelligence"]).optional(),
  multi_prompt: z
    .array(z.strictObject({ index: z.number().int(), prompt: z.string().max(512), duration: z.number().int().min(1) }))
    .min(1)
    .max(6)
    .optional(),
  element_list: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        description: z.string().min(1),
        element_input_urls: z.array(url).min(2).max(4),
      }),
    )
    .max(3)
    .optional(),
});
type WireBody = z.infer<typeof WireBodySchema>;

/** The documentation's cross-field rules ("参数互斥与边界", multi_prompt); returns why a body is refused. */
function refusal(body: WireBody): string | undefined {
  if (body.aspect_ratio && body.size && body.aspect_ratio !== body.size) return "aspect_ratio and size disagree";
  if (!body.multi_shot) {
    if (body.shot_type || body.multi_prompt) return "shot_type and multi_prompt need multi_shot=true";
    if (!body.image_urls && !body.prompt?.trim()) return "prompt is required for text-to-video";
    return undefined;
  }
  if (!body.shot_type) return "shot_type is required when multi_shot=true";
  if (body.shot_type === "intelligence")
    return body.multi_prompt ? "multi_prompt is only for shot_type=customize" : undefined;
  const shots = body.multi_prompt;
  if (!shots) return "multi_prompt is required when shot_type=customize";
  const total = body.duration ?? 5;
  if (shots.some((shot, i) => shot.index !== i + 1)) return "multi_prompt index must increase from 1 without gaps";
  if (shots.some((shot) => shot.duration > total)) return "a shot cannot be longer than duration";
  if (shots.reduce((sum, shot) => sum + shot.duration, 0) !== total) return "shot durations must add up to duration";
  return undefined;
}

export type FakeXComputeOptions = {
  apiKey?: string;
  /** Which plausible shape the query answers take (default "data-array", like the create answer). */
  queryShape?: FakeTaskShapeName;
  /** Where tasks are queried, `{id}` for the task id (default the adapter's default). */
  queryPath?: string;
  progression?: FakeProgression;
  outcome?: (body: unknown) => FakeTaskOutcome;
  /** Where finished videos are served (default: cdn.fake.test). */
  videoUrl?: (taskId: string) => string;
  randomFaults?: FakeServerOptions["randomFaults"];
};

export type FakeXCompute = FakeServer & {
  tasks: Map<string, FakeTask>;
  /** Why each refused create was refused (the documented 400 body does not say). */
  refusals: string[];
  createRequests(): RecordedRequest[];
};

export async function startFakeXCompute(options: FakeXComputeOptions = {}): Promise<FakeXCompute> {
  const apiKey = options.apiKey ?? "test-key";
  const queryPath = options.queryPath ?? XCOMPUTE_DEFAULT_QUERY_PATH;
  const store = createFakeTaskStore({
    idPrefix: "xc",
    shape: options.queryShape ?? "data-array",
    progression: options.progression ?? { queued: 1, running: 1 },
    outcome: options.outcome,
    videoUrl: options.videoUrl,
  });
  const refusals: string[] = [];

  const refuse = (reason: string) => {
    refusals.push(reason);
    return xcomputeErrors.badRequest();
  };

  function handle(request: RecordedRequest): FakeReply {
    if (request.headers.authorization !== `Bearer ${apiKey}`) return xcomputeErrors.unauthorized();

    if (request.method === "POST" && request.path === XCOMPUTE_CREATE_PATH) {
      if (!request.headers["content-type"]?.startsWith("application/json"))
        return refuse("Content-Type must be application/json");
      const parsed = WireBodySchema.safeParse(request.body);
      if (!parsed.success)
        return refuse(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "));
      const reason = refusal(parsed.data);
      if (reason) return refuse(reason);
      // The create answer is documented, whatever shape the queries take.
      const { id } = store.create(parsed.data, parsed.data.duration ?? 5);
      return { json: { code: 200, data: [{ status: "submitted", task_id: id }] } };
    }

    const taskId = taskIdFromQuery(request, queryPath);
    if (taskId !== undefined) {
      const answer = store.query(taskId);
      return answer === undefined
        ? {
            status: 404,
            json: { error: { code: 404, message: `task ${taskId} not found`, type: "invalid_request_error" } },
          }
        : { json: answer };
    }
    return {
      status: 404,
      json: {
        error: { code: 404, message: `No route ${request.method} ${request.path}`, type: "invalid_request_error" },
      },
    };
  }

  const server = await startFakeServer({ handle, randomFaults: options.randomFaults });
  return {
    ...server,
    tasks: store.tasks,
    refusals,
    createRequests: () => server.requests.filter((request) => request.path === XCOMPUTE_CREATE_PATH),
  };
}
