import { createElementStore, elementJson, type FakeElement } from "./fake-kling-gateway-elements";
import { createVerdict, type FakeCreateBody, type Route } from "./fake-kling-gateway-rules";
import {
  startFakeServer,
  type FakeReply,
  type FakeServer,
  type FakeServerOptions,
  type RecordedRequest,
} from "./fake-server";

// A fake Kling gateway (the Kling gateway's API reference): accepts what the documentation accepts, answers with the documentation's bodies,
// finds tasks by external_task_id, POSTs to callback_url on status changes, serves the element library.

let requestCounter = 0;
function requestId() {
  requestCounter += 1;
  return `req-${String(requestCounter).padStart(6, "0")}`;
}

/**
 * Error bodies. The documentation documents only the element endpoints' envelope `{code, message, request_id}`
 * (code 0 = success) and a failed task's `error` string; the fake answers every error with that
 * envelope. The numeric codes are Kling's own (the documentation links Kling's docs but reproduces none).
 */
function gatewayEnvelope(status: number, code: number, message: string, data?: unknown): FakeReply {
  return {
    status,
    text: elementJson({ code, message, request_id: requestId(), ...(data === undefined ? {} : { data }) }),
  };
}

export const klingGatewayErrors = {
  noApiKey: () => gatewayEnvelope(401, 1001, "Authorization is empty"),
  invalidApiKey: () => gatewayEnvelope(401, 1000, "Authentication failed: invalid api key"),
  invalidRequest: (message: string) => gatewayEnvelope(400, 1201, message),
  taskNotFound: () => gatewayEnvelope(404, 1203, "task not found"),
  rateLimited: () => gatewayEnvelope(429, 1302, "The API request is too fast, please slow down (rate limit exceeded)"),
  serverError: () => gatewayEnvelope(500, 5000, "Server internal error"),
} satisfies Record<string, (...args: never[]) => FakeReply>;

export type FakeKlingOutcome = { status: "completed" } | { status: "failed"; error: string };
/** How a finished task answers queries: shape A (the task) or shape B (the OpenAI-style result). */
export type FakeQueryShape = "task" | "result";

export type FakeKlingGatewayOptions = {
  apiKey?: string;
  /** pending for `queued` queries, processing for `running` more, then final. */
  progression?: { queued: number; running: number };
  /** Decides each task's ending from its create body (default: completed). */
  outcome?: (body: FakeCreateBody) => FakeKlingOutcome;
  queryShape?: FakeQueryShape;
  randomFaults?: FakeServerOptions["randomFaults"];
  /** Where finished videos and covers are served (a real file server in task-engine tests). */
  mediaBaseUrl?: string;
};

export type FakeKlingTask = {
  id: string;
  route: Route;
  body: FakeCreateBody;
  createdAt: string;
  queries: number;
  step: number;
  outcome: FakeKlingOutcome;
};

export type FakeKlingGateway = FakeServer & {
  tasks: Map<string, FakeKlingTask>;
  elements: Map<string, FakeElement>;
  setQueryShape(shape: FakeQueryShape): void;
  /** Moves a task to its next status (posting its callback), as time would. */
  advance(taskId: string): void;
  /** Waits until every callback POST so far has been answered (or failed). */
  flushCallbacks(): Promise<void>;
  createRequests(): RecordedRequest[];
};

/** ISO 8601 with microseconds, as the documentation writes times. */
const gatewayTime = (date: Date) => date.toISOString().replace("Z", "000Z");

/** Steps: 0 pending, 1 processing, 2 the outcome. */
function statusOf(task: FakeKlingTask): string {
  return task.step === 0 ? "pending" : task.step === 1 ? "processing" : task.outcome.status;
}

/** Shape A: the task in any state (also the callback body). */
function taskBody(task: FakeKlingTask, cdn: string): Record<string, unknown> {
  const status = statusOf(task);
  const body: Record<string, unknown> = { id: task.id, status, created_at: task.createdAt, model: task.body.model };
  if (status === "failed" && task.outcome.status === "failed") return { ...body, error: task.outcome.error };
  if (status !== "completed") return body;
  const pro = (task.body.mode ?? (task.route === "omni" ? "pro" : "std")) === "pro";
  return {
    ...body,
    completed_at: gatewayTime(new Date()),
    video_url: `${cdn}/${task.id}.mp4`,
    usage: { seconds: Number(task.body.seconds ?? 5), video_count: 1, size: pro ? "1920*1080" : "1280*720" },
    raw_response: { task_id: task.id },
  };
}

/** Shape B: a finished task as an OpenAI-style result. */
function resultBody(task: FakeKlingTask, cdn: string): Record<string, unknown> {
  const seconds = Number(task.body.seconds ?? 5);
  const pro = (task.body.mode ?? (task.route === "omni" ? "pro" : "std")) === "pro";
  return {
    created: Math.floor(Date.now() / 1000),
    data: [
      {
        url: `${cdn}/${task.id}.mp4`,
        duration: seconds,
        width: pro ? 1920 : 1280,
        height: pro ? 1080 : 720,
        cover_url: `${cdn}/${task.id}.jpg`,
      },
    ],
    usage: { total_tokens: 0, input_tokens: 0, output_tokens: 0, video_count: 1, duration_seconds: seconds },
    provider: "可灵AI",
    model: task.body.model,
    origin_data: { task_id: task.id },
  };
}

export async function startFakeKlingGateway(options: FakeKlingGatewayOptions = {}): Promise<FakeKlingGateway> {
  const apiKey = options.apiKey ?? "test-key";
  const progression = options.progression ?? { queued: 1, running: 1 };
  const cdn = options.mediaBaseUrl ?? "https://cdn.fake.test";
  let queryShape = options.queryShape ?? "task";
  const tasks = new Map<string, FakeKlingTask>();
  const byExternalId = new Map<string, FakeKlingTask>();
  const deliveries = new Set<Promise<void>>();
  const elementStore = createElementStore(gatewayEnvelope);

  function moveTo(task: FakeKlingTask, step: number) {
    if (step <= task.step || task.step >= 2) return;
    task.step = step;
    const callbackUrl = task.body.callback_url;
    if (!callbackUrl) return;
    const delivery = fetch(callbackUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(taskBody(task, cdn)),
    })
      .then((response) => void response.body?.cancel())
      .catch(() => undefined)
      .finally(() => deliveries.delete(delivery));
    deliveries.add(delivery);
  }

  function create(request: RecordedRequest): FakeReply {
    if (!request.headers["content-type"]?.startsWith("application/json"))
      return klingGatewayErrors.invalidRequest("Content-Type must be application/json");
    const verdict = createVerdict(request.body);
    if ("reason" in verdict) return klingGatewayErrors.invalidRequest(verdict.reason);
    const externalId = verdict.body.external_task_id;
    // The Kling gateway's API reference: external_task_id must be unique per user.
    if (externalId && byExternalId.has(externalId))
      return klingGatewayErrors.invalidRequest(`external_task_id ${externalId} already exists`);
    const id = `task_${String(tasks.size + 1).padStart(6, "0")}`;
    const outcome = options.outcome?.(verdict.body) ?? { status: "completed" };
    const task: FakeKlingTask = {
      id,
      route: verdict.route,
      body: verdict.body,
      createdAt: gatewayTime(new Date()),
      queries: 0,
      step: 0,
      outcome,
    };
    tasks.set(id, task);
    if (externalId) byExternalId.set(externalId, task);
    return { json: { id, status: "pending", created_at: task.createdAt, model: verdict.body.model } };
  }

  function query(idOrExternalId: string): FakeReply {
    const task = tasks.get(idOrExternalId) ?? byExternalId.get(idOrExternalId);
    if (!task) return klingGatewayErrors.taskNotFound();
    task.queries += 1;
    moveTo(
      task,
      task.queries <= progression.queued ? 0 : task.queries <= progression.queued + progression.running ? 1 : 2,
    );
    return {
      json: queryShape === "result" && statusOf(task) === "completed" ? resultBody(task, cdn) : taskBody(task, cdn),
    };
  }

  function handle(request: RecordedRequest): FakeReply {
    const auth = request.headers.authorization;
    if (!auth) return klingGatewayErrors.noApiKey();
    if (auth !== `Bearer ${apiKey}`) return klingGatewayErrors.invalidApiKey();
    if (request.method === "POST" && request.path === "/v1/videos") return create(request);
    const match = request.path.match(/^\/v1\/videos\/([^/]+)$/);
    // The optional ?provider= hint only speeds up the real gateway's uncached lookups.
    if (match?.[1] && request.method === "GET") return query(decodeURIComponent(match[1]));
    return elementStore.handle(request) ?? gatewayEnvelope(404, 1203, `No route ${request.method} ${request.path}`);
  }

  const server = await startFakeServer({ handle, randomFaults: options.randomFaults });
  const flushCallbacks = async () => {
    while (deliveries.size > 0) await Promise.all([...deliveries]);
  };
  return {
    ...server,
    tasks,
    elements: elementStore.custom,
    setQueryShape(shape) {
      queryShape = shape;
    },
    advance(taskId) {
      const task = tasks.get(taskId);
      if (task) moveTo(task, task.step + 1);
    },
    flushCallbacks,
    createRequests: () =>
      server.requests.filter((request) => request.method === "POST" && request.path === "/v1/videos"),
    async close() {
      await flushCallbacks();
      await server.close();
    },
  };
}
