import { randomUUID } from "node:crypto";
import path from "node:path";
import { requireValidRequest, validateForProvider } from "../adapter-kit";
import type { GenerationRequest } from "../canonical";
import { classifyProviderError, ProviderError } from "../errors";
import type { ProviderAdapter, ProviderTask, TaskStatus } from "../types";
import { SIMULATOR_CAPABILITIES, SIMULATOR_MODELS } from "./capabilities";
import {
  DEFAULT_MEDIA_FETCH_TIMEOUT_MS,
  DEFAULT_RENDER_TIMEOUT_MS,
  DEFAULT_SIMULATOR_TIMING,
  defaultSimulatorDataDir,
  loadSimulatorConfig,
  type SimulatorConfig,
  type SimulatorTiming,
} from "./config";
import { FirstFrameRefusedError } from "./first-frame";
import { taskPhase, taskTiming } from "./lifecycle";
import { acquireRenderLock } from "./render-lock";
import { renderTaskOutcome, type RenderSettings } from "./render-task";
import {
  createTimedOut,
  isSimulatorScenario,
  scenarioTags,
  submitRejection,
  taskFailure,
  type SimulatorScenario,
} from "./scenarios";
import { createTaskStore, type StoredTask, type TaskOutcome } from "./task-store";
import { validateSimulatorRequest } from "./validate";

export type SimulatorAdapterOptions = Partial<Omit<SimulatorConfig, "timing" | "problems">> & {
  timing?: Partial<SimulatorTiming>;
};

const validateRules = (input: unknown) =>
  validateForProvider("simulator", SIMULATOR_MODELS, input, validateSimulatorRequest);

/** File-system and ffmpeg failures become ProviderErrors, as every adapter method promises. */
async function asProviderErrors<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ProviderError) throw error;
    throw new ProviderError({
      provider: "simulator",
      kind: "provider_unavailable",
      code: "SimulatorIoFailed",
      message: `The simulator could not ${what}: ${error instanceof Error ? error.message : String(error)}`,
      cause: error,
    });
  }
}

function renderFailure(error: unknown): TaskOutcome {
  // Like a provider that cannot download an input: the request's field is named.
  if (error instanceof FirstFrameRefusedError)
    return {
      status: "failed",
      code: "InvalidParameter.MediaUrl",
      message: `The first frame was not fetched: ${error.message}`,
    };
  return {
    status: "failed",
    code: "RenderFailed",
    message: `The simulator could not render the video: ${error instanceof Error ? error.message : String(error)}`,
  };
}

function typicalDurationOf({ queuedMs, runningMs }: SimulatorTiming) {
  const expectedMs = queuedMs + runningMs;
  return { expectedMs, earliestMs: expectedMs * 0.9, latestMs: expectedMs * 1.5 + 1_000 };
}

/**
 * The built-in provider: no key, no network (except fetching an http(s) first frame), tasks kept
 * as files under `dataDir` so any process can poll them. With no options, settings come from
 * the environment (see loadSimulatorConfig).
 */
export function createSimulatorAdapter(options: SimulatorAdapterOptions = loadSimulatorConfig()): ProviderAdapter {
  const store = createTaskStore(path.resolve(options.dataDir ?? defaultSimulatorDataDir()));
  const timing: SimulatorTiming = { ...DEFAULT_SIMULATOR_TIMING, ...options.timing };
  const settings: RenderSettings = {
    scale: options.renderScale ?? "preview",
    mediaFetchTimeoutMs: options.mediaFetchTimeoutMs ?? DEFAULT_MEDIA_FETCH_TIMEOUT_MS,
    renderTimeoutMs: options.renderTimeoutMs ?? DEFAULT_RENDER_TIMEOUT_MS,
    mediaPolicy: options.mediaPolicy,
  };
  // Only de-duplicates concurrent polls within this process; other processes meet at the lock file.
  const rendering = new Map<string, Promise<TaskOutcome | undefined>>();

  const scenarioFor = (request: GenerationRequest): SimulatorScenario | undefined =>
    scenarioTags([request.prompt, ...(request.storyboard?.shots ?? []).map((shot) => shot.prompt)]).find(
      isSimulatorScenario,
    ) ?? options.scenario;

  /** The rendered outcome, or undefined while another process renders it. */
  async function renderOnce(task: StoredTask): Promise<TaskOutcome | undefined> {
    const dir = store.taskDir(task.id);
    const lock = await acquireRenderLock(path.join(dir, "render.lock"));
    if (!lock) return undefined;
    try {
      // Another process may have finished between our first look and taking the lock.
      const finished = await store.readOutcome(task.id);
      if (finished) return finished;
      // A render failure ends the task: polling again would fail the same way.
      const outcome = await renderTaskOutcome(task, dir, settings).catch(renderFailure);
      await store.writeOutcome(task.id, outcome);
      return outcome;
    } finally {
      await lock.release();
    }
  }

  async function outcomeOf(task: StoredTask): Promise<TaskOutcome | undefined> {
    const finished = await store.readOutcome(task.id);
    if (finished) return finished;
    // A started render is not tied to any one caller's signal: it takes seconds and serves every poll.
    let pending = rendering.get(task.id);
    if (!pending) {
      pending = renderOnce(task).finally(() => rendering.delete(task.id));
      rendering.set(task.id, pending);
    }
    return pending;
  }

  function describe(
    task: StoredTask,
    status: TaskStatus,
    extra: Pick<ProviderTask, "result" | "error"> & { outcome?: TaskOutcome } = {},
  ): ProviderTask {
    const { outcome, ...rest } = extra;
    // The task file minus its request, which can hold megabytes of data: URLs.
    const raw = {
      id: task.id,
      submittedAtMs: task.submittedAtMs,
      timing: task.timing,
      scenario: task.scenario,
      idempotencyKey: task.idempotencyKey,
      canceledAtMs: task.canceledAtMs,
      outcome,
    };
    return { providerTaskId: task.id, status, ...rest, timing: taskTiming(task, status), raw };
  }

  async function currentTask(task: StoredTask): Promise<ProviderTask> {
    const phase = taskPhase(task, Date.now());
    if (phase !== "due") return describe(task, phase);
    if (task.scenario === "expired") return describe(task, "expired");
    const failure = taskFailure(task.scenario);
    if (failure) return describe(task, "failed", { error: failure });
    const outcome = await outcomeOf(task);
    if (!outcome) return describe(task, "running");
    if (outcome.status === "succeeded") return describe(task, "succeeded", { result: outcome.result, outcome });
    const { kind } = classifyProviderError({ code: outcome.code });
    return describe(task, "failed", {
      error: new ProviderError({ provider: "simulator", kind, code: outcome.code, message: outcome.message }),
      outcome,
    });
  }

  return {
    id: "simulator",
    models: SIMULATOR_MODELS,
    // Its tasks take as long as it is configured to make them (queued + running, then the render).
    capabilities: { ...SIMULATOR_CAPABILITIES, typicalDuration: typicalDurationOf(timing) },

    validate: validateRules,

    // callbackUrl is ignored (capabilities.callbacks is false): the engine polls.
    async submit(input, submitOptions = {}) {
      const request = requireValidRequest("simulator", SIMULATOR_MODELS, input, validateSimulatorRequest);
      const scenario = scenarioFor(request);
      const rejection = submitRejection(scenario);
      if (rejection) throw rejection;
      const task: StoredTask = {
        version: 1,
        id: randomUUID(),
        submittedAtMs: Date.now(),
        timing,
        scenario,
        idempotencyKey: submitOptions.idempotencyKey,
        request,
      };
      await asProviderErrors("record the task", () => store.create(task));
      if (scenario === "timeout") throw createTimedOut();
      const status = taskPhase(task, task.submittedAtMs) === "queued" ? "queued" : "running";
      return { providerTaskId: task.id, status, raw: describe(task, status).raw };
    },

    async get(providerTaskId, callOptions = {}) {
      callOptions.signal?.throwIfAborted();
      return asProviderErrors("read the task", async () => currentTask(await store.read(providerTaskId)));
    },

    // Like DashScope's: only a task that has not finished can be canceled.
    async cancel(providerTaskId) {
      await asProviderErrors("cancel the task", async () => {
        const task = await store.read(providerTaskId);
        const phase = taskPhase(task, Date.now());
        if (phase === "canceled") return;
        if (phase === "due") {
          throw new ProviderError({
            provider: "simulator",
            kind: "invalid_request",
            code: "TaskNotCancelable",
            httpStatus: 400,
            message: `Task ${task.id} has already finished and can no longer be canceled.`,
          });
        }
        await store.markCanceled(task, Date.now());
      });
    },

    async findTaskByIdempotencyKey(idempotencyKey) {
      return asProviderErrors("look the task up", async () => {
        const task = await store.findByIdempotencyKey(idempotencyKey);
        return task ? currentTask(task) : null;
      });
    },
  };
}
