// Plausible task answers for providers whose response shapes are undocumented (v3-gateway's create
// and query, xcompute's query), so the defensive reader meets every spelling it claims to know.
// Also the task store and query routing both fakes share (fake-v3-gateway.ts, fake-xcompute.ts).

export type FakeTaskPhase = "queued" | "running" | "succeeded" | "failed" | "canceled";

/** How a task ends once it has progressed. */
export type FakeTaskOutcome = { status: "succeeded" } | { status: "failed"; code: string; message: string };

export type FakeTaskView = {
  id: string;
  phase: FakeTaskPhase;
  outcome: FakeTaskOutcome;
  durationSeconds: number;
  /** Where the finished video is served (default: an address at cdn.fake.test). */
  videoUrl?: string;
};

export type FakeTaskShape = {
  created(id: string): unknown;
  task(view: FakeTaskView): unknown;
};

export const fakeVideoUrl = (id: string) => `https://cdn.fake.test/${id}.mp4`;
export const fakeCoverUrl = (id: string) => `https://cdn.fake.test/${id}.jpg`;

const failure = (view: FakeTaskView) =>
  view.outcome.status === "failed" ? view.outcome : { code: "unknown", message: "failed" };

/** Each shape spells the statuses its own way; together they cover every spelling the reader maps. */
export const FAKE_TASK_SHAPES = {
  /** OpenAI video API style. */
  openai: {
    created: (id) => ({ id, object: "video", status: "queued", created_at: 1_774_617_032 }),
    task: (view) => ({
      id: view.id,
      object: "video",
      status: {
        queued: "queued",
        running: "in_progress",
        succeeded: "completed",
        failed: "failed",
        canceled: "cancelled",
      }[view.phase],
      ...(view.phase === "succeeded" && {
        video_url: view.videoUrl ?? fakeVideoUrl(view.id),
        duration: view.durationSeconds,
      }),
      ...(view.phase === "failed" && { error: failure(view) }),
    }),
  },
  /** Flat task API: `task_id`, `url`, `fail_reason`. */
  task: {
    created: (id) => ({ task_id: id, status: "pending" }),
    task: (view) => ({
      task_id: view.id,
      status: {
        queued: "pending",
        running: "processing",
        succeeded: "succeeded",
        failed: "failure",
        canceled: "cancelled",
      }[view.phase],
      ...(view.phase === "succeeded" && {
        url: view.videoUrl ?? fakeVideoUrl(view.id),
        cover_url: fakeCoverUrl(view.id),
      }),
      ...(view.phase === "failed" && { error_code: failure(view).code, fail_reason: failure(view).message }),
    }),
  },
  /** An envelope whose own `status` is not the task's; the task sits in `data` with an `output`. */
  "data-object": {
    created: (id) => ({ code: 0, status: "success", data: { task_id: id, status: "SUBMITTED" } }),
    task: (view) => ({
      code: 0,
      status: "success",
      data: {
        task_id: view.id,
        status: {
          queued: "SUBMITTED",
          running: "RUNNING",
          succeeded: "SUCCESS",
          failed: "ERROR",
          canceled: "CANCELED",
        }[view.phase],
        ...(view.phase === "succeeded" && {
          output: { video_url: view.videoUrl ?? fakeVideoUrl(view.id), duration: String(view.durationSeconds) },
        }),
        ...(view.phase === "failed" && { error: failure(view) }),
      },
    }),
  },
  /** xcompute's create envelope, reused for the query. */
  "data-array": {
    created: (id) => ({ code: 200, data: [{ status: "submitted", task_id: id }] }),
    task: (view) => ({
      code: 200,
      data: [
        {
          task_id: view.id,
          status: {
            queued: "queued",
            running: "in-progress",
            succeeded: "success",
            failed: "failed",
            canceled: "canceled",
          }[view.phase],
          ...(view.phase === "succeeded" && { url: view.videoUrl ?? fakeVideoUrl(view.id) }),
          ...(view.phase === "failed" && { fail_reason: failure(view).message, error_code: failure(view).code }),
        },
      ],
    }),
  },
} satisfies Record<string, FakeTaskShape>;

export type FakeTaskShapeName = keyof typeof FAKE_TASK_SHAPES;

/** `queued` queries answer queued, `running` more answer running, then the outcome. */
export type FakeProgression = { queued: number; running: number };

export function fakePhase(queries: number, progression: FakeProgression, outcome: FakeTaskOutcome): FakeTaskPhase {
  if (queries <= progression.queued) return "queued";
  if (queries <= progression.queued + progression.running) return "running";
  return outcome.status;
}

export type FakeTask = {
  id: string;
  body: unknown;
  queries: number;
  outcome: FakeTaskOutcome;
  durationSeconds: number;
};

export type FakeTaskStoreOptions = {
  /** Prefix of task ids, e.g. "v3" → "v3-task-0001". */
  idPrefix: string;
  shape: FakeTaskShapeName;
  progression: FakeProgression;
  /** Decides each task's ending from its create body (default: success). */
  outcome?: (body: unknown) => FakeTaskOutcome;
  /** Where finished videos are served, e.g. a test's media server. */
  videoUrl?: (taskId: string) => string;
};

/** Tasks of an undocumented-shape fake: created from a body, advanced one phase per query. */
export function createFakeTaskStore(options: FakeTaskStoreOptions) {
  const tasks = new Map<string, FakeTask>();
  const shape: FakeTaskShape = FAKE_TASK_SHAPES[options.shape];
  return {
    tasks,
    /** Stores a task; `answer` is its create answer in the store's shape. */
    create(body: unknown, durationSeconds: number): { id: string; answer: unknown } {
      const id = `${options.idPrefix}-task-${String(tasks.size + 1).padStart(4, "0")}`;
      tasks.set(id, {
        id,
        body,
        queries: 0,
        outcome: options.outcome?.(body) ?? { status: "succeeded" },
        durationSeconds,
      });
      return { id, answer: shape.created(id) };
    },
    /** The task's answer for one more query, or undefined for an unknown id. */
    query(id: string): unknown {
      const task = tasks.get(id);
      if (!task) return undefined;
      task.queries += 1;
      return shape.task({
        id,
        phase: fakePhase(task.queries, options.progression, task.outcome),
        outcome: task.outcome,
        durationSeconds: task.durationSeconds,
        videoUrl: options.videoUrl?.(id),
      });
    },
  };
}

/**
 * The task id in a request to a query path template such as "/v1/video/generations/{id}" or
 * "/v1/query?task={id}" (the adapters' configurable `<PREFIX>_QUERY_PATH`).
 */
export function taskIdFromQuery(
  request: { method: string; path: string; query: Record<string, string> },
  template: string,
): string | undefined {
  if (request.method !== "GET") return undefined;
  const [pathTemplate = "", queryTemplate] = template.split("?");
  const pattern = new RegExp(`^${pathTemplate.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace("{id}", "([^/]+)")}$`);
  const match = request.path.match(pattern);
  if (!match) return undefined;
  if (match[1] !== undefined) return decodeURIComponent(match[1]);
  const param = queryTemplate
    ?.split("&")
    .find((pair) => pair.endsWith("={id}"))
    ?.slice(0, -"={id}".length);
  return param ? request.query[param] : undefined;
}
