import { createHash, randomUUID } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { GenerationRequestSchema } from "../canonical";
import { ProviderError } from "../errors";
import type { GenerationResult } from "../types";
import { SIMULATOR_SCENARIOS } from "./scenarios";

// Simulated tasks live in files, not memory: the web server submits, a separate worker (maybe
// restarted after a crash) polls. Layout under dataDir:
//   tasks/<id>/task.json      written at submit; rewritten only by cancel
//   tasks/<id>/outcome.json   written once, when the task's result is rendered (or rendering failed)
//   tasks/<id>/*.mp4, cover.jpg, render.lock
//   idempotency/<sha256(key)>.json → the task id
// Cancel and render write different files, so neither can overwrite the other's update.

export const StoredTaskSchema = z.object({
  version: z.literal(1),
  id: z.uuid(),
  submittedAtMs: z.number(),
  /** Copied from the config at submit, so every process derives the same status for this task. */
  timing: z.object({ queuedMs: z.number().nonnegative(), runningMs: z.number().nonnegative() }),
  scenario: z.enum(SIMULATOR_SCENARIOS).optional(),
  idempotencyKey: z.string().optional(),
  canceledAtMs: z.number().optional(),
  request: GenerationRequestSchema,
});
export type StoredTask = z.infer<typeof StoredTaskSchema>;

const GenerationResultSchema = z.object({
  videoUrl: z.string(),
  watermarkedVideoUrl: z.string().optional(),
  coverUrl: z.string().optional(),
  durationSeconds: z.number().optional(),
  width: z.number().optional(),
  height: z.number().optional(),
  fps: z.number().optional(),
  sizeBytes: z.number().optional(),
  hasAudio: z.boolean().optional(),
  billedSeconds: z.number().optional(),
}) satisfies z.ZodType<GenerationResult>;

export const TaskOutcomeSchema = z.discriminatedUnion("status", [
  /** `notes`: what the simulator could not honour, e.g. a first frame it could not download. */
  z.object({ status: z.literal("succeeded"), result: GenerationResultSchema, notes: z.array(z.string()) }),
  z.object({ status: z.literal("failed"), code: z.string(), message: z.string() }),
]);
export type TaskOutcome = z.infer<typeof TaskOutcomeSchema>;

const IdempotencyEntrySchema = z.object({ idempotencyKey: z.string(), taskId: z.uuid() });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function notFound(taskId: string): ProviderError {
  return new ProviderError({
    provider: "simulator",
    kind: "not_found",
    code: "TaskNotFound",
    message: `The simulator has no task ${taskId}.`,
  });
}

function isMissingFile(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === "ENOENT";
}

/** Temp file + fsync + rename: readers in any process see the old content or the new, never half. */
async function writeJsonAtomic(file: string, value: unknown): Promise<void> {
  const temp = `${file}.${randomUUID()}.tmp`;
  const handle = await open(temp, "w");
  try {
    await handle.writeFile(JSON.stringify(value, null, 2));
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (isMissingFile(error)) return undefined;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  // Writes are atomic, so this is a hand-edited or foreign file, not a torn write.
  throw new ProviderError({
    provider: "simulator",
    kind: "unknown",
    code: "TaskFileUnreadable",
    message: `${file} is not a valid simulator file: ${parsed.error.message}`,
    rawBody: text,
  });
}

export type TaskStore = ReturnType<typeof createTaskStore>;

export function createTaskStore(dataDir: string) {
  const taskDir = (taskId: string) => {
    // The id becomes a path: anything but a UUID could point outside the data directory.
    if (!UUID.test(taskId)) throw notFound(taskId);
    return path.join(dataDir, "tasks", taskId.toLowerCase());
  };
  const indexFile = (key: string) =>
    path.join(dataDir, "idempotency", `${createHash("sha256").update(key).digest("hex")}.json`);

  /** The task, or ProviderError not_found. */
  const read = async (taskId: string): Promise<StoredTask> => {
    const task = await readJson(path.join(taskDir(taskId), "task.json"), StoredTaskSchema);
    if (!task) throw notFound(taskId);
    return task;
  };

  return {
    taskDir,

    /** Records a new task. The idempotency entry goes first: an entry whose task is missing means "never created". */
    async create(task: StoredTask): Promise<void> {
      if (task.idempotencyKey !== undefined) {
        const file = indexFile(task.idempotencyKey);
        await mkdir(path.dirname(file), { recursive: true });
        await writeJsonAtomic(file, { idempotencyKey: task.idempotencyKey, taskId: task.id });
      }
      const dir = taskDir(task.id);
      await mkdir(dir, { recursive: true });
      await writeJsonAtomic(path.join(dir, "task.json"), task);
    },

    read,

    async markCanceled(task: StoredTask, canceledAtMs: number): Promise<void> {
      await writeJsonAtomic(path.join(taskDir(task.id), "task.json"), { ...task, canceledAtMs });
    },

    readOutcome(taskId: string): Promise<TaskOutcome | undefined> {
      return readJson(path.join(taskDir(taskId), "outcome.json"), TaskOutcomeSchema);
    },

    writeOutcome(taskId: string, outcome: TaskOutcome): Promise<void> {
      return writeJsonAtomic(path.join(taskDir(taskId), "outcome.json"), outcome);
    },

    /** The task last created with this key, or null when none was (completely) created. */
    async findByIdempotencyKey(key: string): Promise<StoredTask | null> {
      const entry = await readJson(indexFile(key), IdempotencyEntrySchema);
      if (!entry || entry.idempotencyKey !== key) return null;
      try {
        return await read(entry.taskId);
      } catch (error) {
        if (error instanceof ProviderError && error.kind === "not_found") return null;
        throw error;
      }
    },
  };
}
