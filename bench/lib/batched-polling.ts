import { createKlingAdapter, KLING_CAPABILITIES, type ProviderTask } from "@/lib/providers/server";
import { startFakeKling, type FakeKling } from "@/lib/providers/testing/fake-kling";
import {
  DEFAULT_POLL_POLICY,
  nextPollDelayMs,
  retryDelayMs,
  slotHorizonMs,
  type DurationEstimate,
} from "@/lib/tasks/poll-policy";
import { acquireQuerySlot, BUDGET_SAFETY, memoryQueryBudget } from "@/lib/tasks/query-budget";

// The `batched` scheme of bench/polling.ts: the task engine's batch status queries (lib/tasks/batch-query.ts)
// against the fake Kling, whose /tasks answers for up to 50 task ids at once. A task's query takes along the
// others due within ten seconds; a task asked about since its timer was set keeps to the new schedule.

const BATCH_SIZE = 50;
// The engine's cadence for Kling (lib/tasks/engine.ts pollPolicyFor): the default with Kling's capability data.
const POLICY = { ...DEFAULT_POLL_POLICY, ...KLING_CAPABILITIES.polling.cadence };
const DUE_WITHIN_MS = 10_000;

export type BatchedSettings = {
  tasks: number;
  budget: number;
  scale: number;
  queuedMs: number;
  draw: () => number;
  estimate: DurationEstimate;
};

type Entry = { id: string; submittedAt: number; nextAt: number; done: boolean; failures: number };

function finishedAt(fake: FakeKling, id: string): number {
  const task = fake.tasks.get(id.split(":")[1]!)!;
  const progression = task.progression as { queuedMs: number; runningMs: number };
  return task.createdAt + progression.queuedMs + progression.runningMs;
}

export async function runBatched(settings: BatchedSettings) {
  const { tasks, scale, estimate } = settings;
  const fake = await startFakeKling({
    apiKey: "bench",
    progression: () => ({ by: "time", queuedMs: settings.queuedMs / scale, runningMs: settings.draw() / scale }),
  });
  const adapter = createKlingAdapter({
    apiKey: "bench",
    baseUrl: fake.url,
    timeoutMs: 60_000,
    retry: { maxRetries: 0 },
    problems: [],
  });
  const budget = memoryQueryBudget();
  const rate = settings.budget * scale * BUDGET_SAFETY;
  const delays: number[] = [];
  const submitted = [];
  for (let start = 0; start < tasks; start += 200)
    submitted.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(200, tasks - start) }, () =>
          adapter.submit({ provider: "kling", model: "kling-v3", mode: "text", prompt: "bench", duration: 5 }),
        ),
      )),
    );
  fake.requests.length = 0;
  const entries = new Map<string, Entry>();
  let left = tasks;
  let finish: () => void = () => {};
  const allDone = new Promise<void>((resolve) => (finish = resolve));

  const simElapsed = (entry: Entry) => (Date.now() - entry.submittedAt) * scale;
  const schedule = (entry: Entry, simMs: number) => {
    entry.nextAt = Date.now() + simMs / scale;
    setTimeout(() => void poll(entry), simMs / scale);
  };
  const apply = (entry: Entry, task: ProviderTask) => {
    if (entry.done) return;
    if (task.status === "succeeded" || task.status === "failed") {
      entry.done = true;
      delays.push((Date.now() - finishedAt(fake, entry.id)) * scale);
      if (--left === 0) finish();
      return;
    }
    schedule(entry, nextPollDelayMs(estimate, simElapsed(entry), POLICY));
  };

  async function poll(entry: Entry) {
    if (entry.done) return;
    // Asked about since (in another's batch): keep to the schedule that set.
    if (entry.nextAt - Date.now() > 1000 / scale) return;
    const slot = await acquireQuerySlot(
      budget,
      "kling",
      rate,
      slotHorizonMs(estimate, simElapsed(entry), POLICY) / scale,
    );
    if (!slot.granted) return void setTimeout(() => void poll(entry), slot.retryInMs);
    const now = Date.now();
    const companions = [...entries.values()]
      .filter((other) => !other.done && other !== entry && other.nextAt <= now + DUE_WITHIN_MS / scale)
      .sort((a, b) => a.nextAt - b.nextAt)
      .slice(0, BATCH_SIZE - 1);
    try {
      const answers = await adapter.getMany!([entry.id, ...companions.map((other) => other.id)]);
      const byId = new Map(answers.map((task) => [task.providerTaskId, task]));
      for (const other of companions) {
        const task = byId.get(other.id);
        if (task) apply(other, task);
      }
      const own = byId.get(entry.id) ?? (await adapter.get(entry.id));
      entry.failures = 0;
      apply(entry, own);
    } catch {
      entry.failures += 1;
      schedule(entry, retryDelayMs(entry.failures, undefined, POLICY));
    }
  }

  for (const { providerTaskId } of submitted) {
    const entry: Entry = { id: providerTaskId, submittedAt: Date.now(), nextAt: 0, done: false, failures: 0 };
    entries.set(providerTaskId, entry);
    schedule(entry, nextPollDelayMs(estimate, 0, POLICY));
  }
  await allDone;
  const times = fake.requests.filter((request) => request.method === "GET").map((request) => request.receivedAt);
  await fake.close();
  return { times, delays };
}
