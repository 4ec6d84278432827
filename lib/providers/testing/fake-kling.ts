import { createHmac } from "node:crypto";
import { errors as joseErrors, jwtVerify } from "jose";
import { klingConcurrencyFamily } from "../kling/capabilities";
import {
  startFakeServer,
  type FakeReply,
  type FakeServer,
  type FakeServerOptions,
  type RecordedRequest,
} from "./fake-server";
import { KLING_CREATE_BODIES, klingError, requestId, type KlingCreateKind } from "./fake-kling-rules";

export { KLING_ERROR_TABLE, klingError } from "./fake-kling-rules";

// A fake of Kling's own API (the Kling AI developer docs): the envelope {code, message, request_id, data}, sign-in
// by API key or HS256 JWT, the four create endpoints with their queries and lists, the newer batch query
// /tasks, /account/costs, the account's concurrency limit (1303) and signed callbacks (Standard Webhooks).

const ok = (data: unknown): FakeReply => ({ json: { code: 0, message: "SUCCEED", request_id: requestId(), data } });

export type FakeKlingProgression =
  | { by: "queries"; queued: number; running: number }
  | { by: "time"; queuedMs: number; runningMs: number }
  /** Tasks stay processing until `finish(id)`. */
  | { by: "manual" };

export type FakeKlingOutcome = { status: "succeed" } | { status: "failed"; message: string };

export type FakeKlingTask = {
  id: string;
  kind: KlingCreateKind;
  body: Record<string, unknown>;
  family: string;
  createdAt: number;
  updatedAt: number;
  queries: number;
  outcome: FakeKlingOutcome;
  progression: FakeKlingProgression;
  finished: boolean;
};

export type FakeKlingOptions = {
  apiKey?: string;
  accessKey?: string;
  secretKey?: string;
  /** Tasks the account may run at once per model family; absent: no limit. */
  concurrency?: number;
  /** How tasks advance; a function decides per create body. */
  progression?: FakeKlingProgression | ((body: Record<string, unknown>) => FakeKlingProgression);
  outcome?: (body: Record<string, unknown>) => FakeKlingOutcome;
  videoUrl?: (taskId: string) => string;
  /** The console's webhook secret: callbacks are signed with it. */
  webhookSecret?: string;
  /** The fake's clock (ms), for checking a token's nbf and exp. */
  now?: () => number;
  randomFaults?: FakeServerOptions["randomFaults"];
};

export type CallbackTamper = { id?: string; timestamp?: number; signature?: string };

export type FakeKling = FakeServer & {
  tasks: Map<string, FakeKlingTask>;
  /** The most tasks of one family that were ever unfinished at once. */
  maxRunning(): number;
  /** Tasks of a family holding a slot now. */
  running(family?: string): number;
  /** Ends a task (manual progression) with its outcome. */
  finish(taskId: string): void;
  /** The callback Kling would post for the task now (signed when a secret is set); `tamper` spoils a part. */
  callbackFor(taskId: string, tamper?: CallbackTamper): { url: string; headers: Record<string, string>; body: string };
  /** Posts that callback to the task's callback_url, as Kling does; the answer's status. */
  notify(taskId: string, tamper?: CallbackTamper): Promise<number>;
  /** Changes the account's concurrency limit (undefined: none). */
  setConcurrency(limit: number | undefined): void;
  /** Creates refused, by service code (the fake's own 1303s). */
  refusals: Map<number, number>;
  /** Signs a callback body as Kling would, for tests that post their own. */
  signCallback(id: string, timestamp: number, body: string): string;
  resourcePacks: { name: string; total: number; remaining: number; status: string }[];
};

export async function startFakeKling(options: FakeKlingOptions = {}): Promise<FakeKling> {
  const tasks = new Map<string, FakeKlingTask>();
  const progressionFor = (body: Record<string, unknown>): FakeKlingProgression => {
    const chosen = options.progression ?? { by: "queries", queued: 1, running: 1 };
    return typeof chosen === "function" ? chosen(body) : chosen;
  };
  const refusals = new Map<number, number>();
  let concurrency = options.concurrency;
  const now = options.now ?? Date.now;
  const videoUrl = options.videoUrl ?? ((id: string) => `https://cdn.fake.test/kling/${id}.mp4`);
  let peak = 0;
  let counter = 0;

  function phase(task: FakeKlingTask): "submitted" | "processing" | "succeed" | "failed" {
    const { progression } = task;
    if (task.finished) return task.outcome.status;
    if (progression.by === "manual") return "processing";
    const done =
      progression.by === "queries"
        ? task.queries > progression.queued + progression.running
        : Date.now() - task.createdAt >= progression.queuedMs + progression.runningMs;
    if (done) {
      task.finished = true;
      task.updatedAt = Date.now();
      return task.outcome.status;
    }
    const queued =
      progression.by === "queries"
        ? task.queries <= progression.queued
        : Date.now() - task.createdAt < progression.queuedMs;
    return queued ? "submitted" : "processing";
  }

  const active = (family?: string) =>
    [...tasks.values()].filter(
      (task) => (!family || task.family === family) && !["succeed", "failed"].includes(phase(task)),
    ).length;

  function legacyView(task: FakeKlingTask) {
    const status = phase(task);
    return {
      task_id: task.id,
      task_status: status,
      ...(status === "failed" && { task_status_msg: (task.outcome as { message: string }).message }),
      task_info: { external_task_id: task.body.external_task_id as string | undefined },
      ...(status === "succeed" && {
        task_result: {
          videos: [
            {
              id: `${task.id}-video`,
              url: videoUrl(task.id),
              ...((task.body.watermark_info as { enabled?: boolean } | undefined)?.enabled && {
                watermark_url: videoUrl(`${task.id}-wm`),
              }),
              duration: String(task.body.duration ?? "5"),
            },
          ],
        },
      }),
      final_unit_deduction: status === "succeed" ? "1" : "0",
      created_at: task.createdAt,
      updated_at: task.updatedAt,
    };
  }

  /** The newer /tasks answer: id, status ("succeeded"), message, outputs. */
  function newerView(task: FakeKlingTask) {
    const status = phase(task);
    return {
      id: task.id,
      external_id: task.body.external_task_id,
      status: status === "succeed" ? "succeeded" : status,
      ...(status === "failed" && { message: (task.outcome as { message: string }).message }),
      ...(status === "succeed" && { outputs: [{ type: "video", url: videoUrl(task.id) }] }),
      created_at: task.createdAt,
      updated_at: task.updatedAt,
    };
  }

  /** Bearer API key, or a JWT signed with the secret key: iss, nbf and exp checked against the fake's clock. */
  async function signIn(request: RecordedRequest, apiKeyOnly: boolean): Promise<FakeReply | undefined> {
    const header = request.headers.authorization ?? "";
    if (!header) return klingError(1001);
    const token = header.replace(/^Bearer /, "");
    if (!header.startsWith("Bearer ") || !token) return klingError(1002);
    if (options.apiKey && token === options.apiKey) return undefined;
    if (apiKeyOnly || !options.secretKey) return klingError(1002);
    try {
      await jwtVerify(token, new TextEncoder().encode(options.secretKey), {
        algorithms: ["HS256"],
        issuer: options.accessKey,
        currentDate: new Date(now()),
        requiredClaims: ["exp", "nbf", "iss"],
      });
      return undefined;
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) return klingError(1004);
      if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === "nbf") return klingError(1003);
      return klingError(1002);
    }
  }

  function create(kind: KlingCreateKind, request: RecordedRequest): FakeReply {
    const parsed = KLING_CREATE_BODIES[kind].safeParse(request.body);
    if (!parsed.success)
      return klingError(
        1201,
        parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "),
      );
    const body = parsed.data as Record<string, unknown>;
    const external = body.external_task_id as string | undefined;
    if (external && [...tasks.values()].some((task) => task.body.external_task_id === external))
      return klingError(1201, "external_task_id already exists");
    const model = (body.model_name as string | undefined) ?? (kind === "omni-video" ? "kling-video-o1" : "kling-v1");
    const family = klingConcurrencyFamily(model);
    if (concurrency !== undefined && active(family) >= concurrency) {
      refusals.set(1303, (refusals.get(1303) ?? 0) + 1);
      return klingError(1303);
    }
    const id = `${870_000_000_000_000_000n + BigInt(++counter)}`;
    const at = Date.now();
    const task: FakeKlingTask = {
      id,
      kind,
      body,
      family,
      createdAt: at,
      updatedAt: at,
      queries: 0,
      outcome: options.outcome?.(body) ?? { status: "succeed" },
      progression: progressionFor(body),
      finished: false,
    };
    tasks.set(id, task);
    peak = Math.max(peak, active(family));
    return ok({
      task_id: id,
      task_info: { external_task_id: external },
      task_status: "submitted",
      created_at: at,
      updated_at: at,
    });
  }

  function find(kind: KlingCreateKind, id: string): FakeKlingTask | undefined {
    const task = tasks.get(id) ?? [...tasks.values()].find((candidate) => candidate.body.external_task_id === id);
    return task?.kind === kind ? task : undefined;
  }

  async function handle(request: RecordedRequest): Promise<FakeReply> {
    const videos = /^\/v1\/videos\/(text2video|image2video|omni-video|motion-control)(?:\/([^/]+))?\/?$/.exec(
      request.path,
    );
    const apiKeyOnly = request.path === "/tasks";
    if (videos || apiKeyOnly || request.path === "/account/costs") {
      const refused = await signIn(request, apiKeyOnly);
      if (refused) return refused;
    }
    if (videos) {
      const kind = videos[1] as KlingCreateKind;
      const id = videos[2] && decodeURIComponent(videos[2]);
      if (request.method === "POST" && !id) return create(kind, request);
      if (request.method === "GET" && id) {
        const task = find(kind, id);
        if (!task) return klingError(1203, "task not found");
        task.queries += 1;
        return ok(legacyView(task));
      }
      if (request.method === "GET") {
        const pageSize = Math.min(500, Number(request.query.pageSize ?? 30));
        const page = Math.max(1, Number(request.query.pageNum ?? 1));
        const list = [...tasks.values()].filter((task) => task.kind === kind).reverse();
        return ok(list.slice((page - 1) * pageSize, page * pageSize).map(legacyView));
      }
      return klingError(1202);
    }
    if (apiKeyOnly && request.method === "GET") {
      const ids = (request.query.task_ids ?? "").split(",").filter(Boolean);
      const externals = (request.query.external_task_ids ?? "").split(",").filter(Boolean);
      if (ids.length === 0 && externals.length === 0)
        return klingError(1201, "task_ids or external_task_ids is required");
      const found = [...tasks.values()].filter(
        (task) => ids.includes(task.id) || externals.includes(String(task.body.external_task_id)),
      );
      return ok(found.map(newerView));
    }
    if (request.path === "/account/costs" && request.method === "GET") {
      if (!request.query.start_time || !request.query.end_time)
        return klingError(1201, "start_time and end_time are required");
      return ok({
        code: 0,
        msg: "",
        resource_pack_subscribe_infos: fake.resourcePacks.map((pack, index) => ({
          resource_pack_name: pack.name,
          resource_pack_id: `pack-${index}`,
          resource_pack_type: "decreasing_total",
          total_quantity: pack.total,
          remaining_quantity: pack.remaining,
          purchase_time: 1_726_124_664_368,
          effective_time: 1_726_124_664_368,
          invalid_time: 1_827_366_400_000,
          status: pack.status,
        })),
      });
    }
    return klingError(1202);
  }

  const server = await startFakeServer({ handle, randomFaults: options.randomFaults });

  // Standard Webhooks, written out here rather than borrowed from the studio, so the two can disagree.
  function signCallback(id: string, timestamp: number, body: string) {
    const key = Buffer.from((options.webhookSecret ?? "").replace(/^whsec_/, ""), "base64");
    return `v1,${createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
  }

  const fake: FakeKling = {
    ...server,
    tasks,
    maxRunning: () => peak,
    refusals,
    setConcurrency(limit) {
      concurrency = limit;
    },
    running: (family) => active(family),
    resourcePacks: [{ name: "Video Generation - 10,000 entries", total: 10_000, remaining: 8_118, status: "online" }],
    finish(taskId) {
      const task = tasks.get(taskId);
      if (!task) throw new Error(`no fake Kling task ${taskId}`);
      task.finished = true;
      task.updatedAt = Date.now();
    },
    signCallback,
    callbackFor(taskId, tamper = {}) {
      const task = tasks.get(taskId);
      const url = task?.body.callback_url as string | undefined;
      if (!task || !url) throw new Error(`fake Kling task ${taskId} has no callback_url`);
      const { task_id, task_status, task_status_msg, task_info, task_result, created_at, updated_at } =
        legacyView(task);
      const body = JSON.stringify({
        task_id,
        task_status,
        task_status_msg,
        created_at,
        updated_at,
        task_info,
        task_result,
      });
      const id = tamper.id ?? `msg_${task.id}_${task.updatedAt}`;
      const timestamp = tamper.timestamp ?? Math.floor(Date.now() / 1000);
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (options.webhookSecret) {
        headers["webhook-id"] = id;
        headers["webhook-timestamp"] = String(timestamp);
        headers["webhook-signature"] = tamper.signature ?? signCallback(id, timestamp, body);
      }
      return { url, headers, body };
    },
    async notify(taskId, tamper = {}) {
      const { url, headers, body } = fake.callbackFor(taskId, tamper);
      return (await fetch(url, { method: "POST", headers, body })).status;
    },
  };
  return fake;
}
