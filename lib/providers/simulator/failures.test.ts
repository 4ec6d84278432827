import { readdir } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ProviderError } from "../errors";
import { createSimulatorAdapter, type SimulatorAdapterOptions } from "./adapter";
import { renderSimulatedVideo } from "./render";
import { FAST_TIMING, pollUntilFinal, simulatorRequest, tempDataDirForFile } from "./test-support";

// Failure paths need no real video: rendering is stubbed, so these tests take milliseconds.
vi.mock("./render", () => ({ renderSimulatedVideo: vi.fn() }));

const dataDir = tempDataDirForFile();
const adapter = (options: SimulatorAdapterOptions = {}) =>
  createSimulatorAdapter({ dataDir: dataDir(), timing: FAST_TIMING, ...options });
const text = (prompt: string) => simulatorRequest({ mode: "text", prompt, duration: 3 });
const taskIds = async () => readdir(path.join(dataDir(), "tasks")).catch(() => []);
beforeEach(() => {
  vi.mocked(renderSimulatedVideo).mockReset();
});

describe("simulated failures", () => {
  it.each([
    [
      "rate_limited",
      { kind: "rate_limited", retryable: true, retryAfterSeconds: 5, code: "Throttling.RateQuota", httpStatus: 429 },
    ],
    ["invalid_request", { kind: "invalid_request", retryable: false, code: "InvalidParameter", httpStatus: 400 }],
    ["insufficient_balance", { kind: "insufficient_balance", retryable: false, code: "Arrearage" }],
    ["provider_unavailable", { kind: "provider_unavailable", retryable: true, code: "ServiceUnavailable" }],
  ] as const)("[simulate:%s] makes submit throw without recording a task", async (scenario, error) => {
    const before = await taskIds();
    const submitting = adapter().submit(text(`a cat [simulate:${scenario}]`));
    await expect(submitting).rejects.toBeInstanceOf(ProviderError);
    await expect(submitting).rejects.toMatchObject({ provider: "simulator", outcomeUnknown: false, ...error });
    expect(await taskIds()).toEqual(before);
  });

  it.each([
    ["content_rejected", "failed", { kind: "content_rejected", code: "DataInspectionFailed" }],
    ["failed", "failed", { kind: "unknown", code: "GenerationFailed" }],
    ["expired", "expired", undefined],
  ] as const)("[simulate:%s] runs the task, then ends it %s", async (scenario, status, error) => {
    // Queued long enough that the first look lands in it even on a busy machine.
    const simulator = adapter({ timing: { queuedMs: 1_000, runningMs: 100 } });
    const { providerTaskId } = await simulator.submit(text(`a cat [simulate:${scenario}]`));
    expect((await simulator.get(providerTaskId)).status).toBe("queued");
    const task = await pollUntilFinal(simulator, providerTaskId);
    expect(task.status).toBe(status);
    expect(task.error).toEqual(error ? expect.objectContaining(error) : undefined);
    expect(renderSimulatedVideo).not.toHaveBeenCalled();
  });

  it("applies the configured scenario unless the prompt names another", async () => {
    const failing = adapter({ scenario: "provider_unavailable" });
    await expect(failing.submit(text("a cat"))).rejects.toMatchObject({ kind: "provider_unavailable" });
    const rejecting = adapter({ scenario: "content_rejected" });
    const { providerTaskId } = await rejecting.submit(
      simulatorRequest({
        mode: "storyboard",
        duration: 3,
        storyboard: { split: "custom", shots: [{ prompt: "fine [simulate:expired]", duration: 3 }] },
      }),
    );
    expect((await pollUntilFinal(rejecting, providerTaskId)).status).toBe("expired");
    await expect(failing.submit(text("a cat [simulate:success]"))).resolves.toMatchObject({ status: "queued" });
  });

  it("[simulate:timeout] records the task, throws outcome-unknown, and the task is found by its idempotency key", async () => {
    const simulator = adapter();
    const submitting = simulator.submit(text("a cat [simulate:timeout]"), { idempotencyKey: "generation-42" });
    await expect(submitting).rejects.toMatchObject({ kind: "timeout", outcomeUnknown: true, retryable: true });

    // Recovery as the task engine does it, from another process.
    const worker = adapter();
    const found = await worker.findTaskByIdempotencyKey!("generation-42");
    expect(found).toMatchObject({ status: "queued", raw: { idempotencyKey: "generation-42" } });
    expect(await taskIds()).toContain(found!.providerTaskId);
    expect(await worker.findTaskByIdempotencyKey!("generation-43")).toBeNull();
  });

  it("ends the task failed when rendering fails, and keeps it failed", async () => {
    vi.mocked(renderSimulatedVideo).mockRejectedValueOnce(new Error("ffmpeg exited with 1"));
    const simulator = adapter();
    const { providerTaskId } = await simulator.submit(text("a cat"));
    const task = await pollUntilFinal(simulator, providerTaskId);
    expect(task).toMatchObject({
      status: "failed",
      error: { kind: "unknown", code: "RenderFailed", message: expect.stringContaining("ffmpeg exited with 1") },
    });
    expect(await adapter().get(providerTaskId)).toMatchObject({ status: "failed" });
    expect(renderSimulatedVideo).toHaveBeenCalledTimes(1);
  });

  it("cancels queued and running tasks, but not finished ones", async () => {
    const simulator = adapter({ timing: { queuedMs: 100, runningMs: 100 } });
    const queued = await simulator.submit(text("a cat [simulate:failed]"));
    await simulator.cancel!(queued.providerTaskId);
    await simulator.cancel!(queued.providerTaskId); // twice is harmless
    const canceled = await adapter().get(queued.providerTaskId);
    expect(canceled).toMatchObject({
      status: "canceled",
      timing: { startedAt: undefined, finishedAt: expect.any(String) },
    });
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect((await simulator.get(queued.providerTaskId)).status).toBe("canceled");

    const finished = await simulator.submit(text("a cat [simulate:failed]"));
    await pollUntilFinal(simulator, finished.providerTaskId);
    await expect(simulator.cancel!(finished.providerTaskId)).rejects.toMatchObject({
      kind: "invalid_request",
      code: "TaskNotCancelable",
    });
  });
});
