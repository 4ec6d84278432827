import { z } from "zod";
import { V3_GATEWAY_CREATE_PATH, V3_GATEWAY_DEFAULT_QUERY_PATH } from "../v3-gateway/adapter";
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

// A fake v3-gateway (the /v1/video/generations gateway's API reference): accepts what the documentation's create doc accepts. The documentation documents no
// answer at all, so the create and query answers take one of several plausible shapes (`shape`).

/** OpenAI-style error bodies, the usual choice of such gateways (the documentation shows none). */
export const v3GatewayErrors = {
  unauthorized: () => ({
    status: 401,
    json: { error: { message: "Invalid token", type: "authentication_error", code: "invalid_api_key" } },
  }),
  invalidRequest: (message: string) => ({
    status: 400,
    json: { error: { message, type: "invalid_request_error", code: "invalid_parameter" } },
  }),
  notFound: (message: string) => ({
    status: 404,
    json: { error: { message, type: "invalid_request_error", code: "not_found" } },
  }),
  rateLimited: () => ({
    status: 429,
    json: {
      error: {
        message: "Rate limit reached, please retry later",
        type: "rate_limit_error",
        code: "rate_limit_exceeded",
      },
    },
  }),
  serverError: () => ({
    status: 500,
    json: { error: { message: "upstream error", type: "server_error", code: "internal_error" } },
  }),
} satisfies Record<string, (...args: never[]) => FakeReply>;

export const V3_GATEWAY_MODEL_NAMES = [
  "kling-v3-std-silent",
  "kling-v3-std-audio",
  "kling-v3-pro-silent",
  "kling-v3-pro-audio",
] as const;

const url = z.string().regex(/^https?:\/\//, "must be an http(s) URL");

const WireBodySchema = z.strictObject({
  model: z.enum(V3_GATEWAY_MODEL_NAMES),
  prompt: z.string().min(1).optional(),
  image: url.optional(),
  last_image: url.optional(),
  aspect_ratio: z.enum(["16:9", "9:16", "1:1"]).optional(),
  // The documentation's table says "string" while every example sends a number: both are taken.
  duration: z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]).pipe(z.number().int().min(3).max(15)),
  extra_body: z
    .strictObject({
      cfg_scale: z.number().min(0).max(1).optional(),
      shot_type: z.enum(["customize", "intelligent"]).optional(),
      negative_prompt: z.string().optional(),
      multi_prompt: z
        .array(z.strictObject({ prompt: z.string().min(1) }))
        .min(1)
        .optional(),
    })
    .optional(),
});
type WireBody = z.infer<typeof WireBodySchema>;

/** The documentation's cross-field rules; returns why a body is refused. */
function refusal(body: WireBody): string | undefined {
  if (body.last_image && !body.image) return "last_image requires image";
  const multiPrompt = body.extra_body?.multi_prompt;
  if (body.image && multiPrompt && body.prompt !== undefined)
    return "prompt and extra_body.multi_prompt cannot be sent together in image mode";
  if (!body.prompt && !(body.image && multiPrompt)) return "prompt is required";
  return undefined;
}

export type FakeV3GatewayOptions = {
  apiKey?: string;
  /** Which plausible shape the create and query answers take (default "openai"). */
  shape?: FakeTaskShapeName;
  /** Where tasks are queried, `{id}` for the task id (default the adapter's default). */
  queryPath?: string;
  progression?: FakeProgression;
  outcome?: (body: unknown) => FakeTaskOutcome;
  randomFaults?: FakeServerOptions["randomFaults"];
};

export type FakeV3Gateway = FakeServer & {
  tasks: Map<string, FakeTask>;
  /** Requests that reached the create endpoint. */
  createRequests(): RecordedRequest[];
};

export async function startFakeV3Gateway(options: FakeV3GatewayOptions = {}): Promise<FakeV3Gateway> {
  const apiKey = options.apiKey ?? "test-key";
  const queryPath = options.queryPath ?? V3_GATEWAY_DEFAULT_QUERY_PATH;
  const store = createFakeTaskStore({
    idPrefix: "v3",
    shape: options.shape ?? "openai",
    progression: options.progression ?? { queued: 1, running: 1 },
    outcome: options.outcome,
  });

  function handle(request: RecordedRequest): FakeReply {
    if (request.headers.authorization !== `Bearer ${apiKey}`) return v3GatewayErrors.unauthorized();

    if (request.method === "POST" && request.path === V3_GATEWAY_CREATE_PATH) {
      if (!request.headers["content-type"]?.startsWith("application/json"))
        return v3GatewayErrors.invalidRequest("Content-Type must be application/json");
      const parsed = WireBodySchema.safeParse(request.body);
      if (!parsed.success)
        return v3GatewayErrors.invalidRequest(
          parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "),
        );
      const reason = refusal(parsed.data);
      if (reason) return v3GatewayErrors.invalidRequest(reason);
      return { json: store.create(parsed.data, parsed.data.duration).answer };
    }

    const taskId = taskIdFromQuery(request, queryPath);
    if (taskId !== undefined) {
      const answer = store.query(taskId);
      return answer === undefined ? v3GatewayErrors.notFound(`task ${taskId} not found`) : { json: answer };
    }
    return v3GatewayErrors.notFound(`No route ${request.method} ${request.path}`);
  }

  const server = await startFakeServer({ handle, randomFaults: options.randomFaults });
  return {
    ...server,
    tasks: store.tasks,
    createRequests: () => server.requests.filter((request) => request.path === V3_GATEWAY_CREATE_PATH),
  };
}
