import "server-only";
import {
  GenerationValidationError,
  isProviderId,
  PROVIDER_LABELS,
  ProviderError,
  type GenerationRequestInput,
  type ProviderId,
  type ProviderTask,
} from "@/lib/providers/server";
import type { Generation } from "@/lib/db/generated/client";
import { adapterFor, type TaskEngine } from "../engine";
import { fromProviderError, type GenerationError } from "../generation-error";
import { nextPollDelayMs, retryDelayMs } from "../poll-policy";
import { storedEstimate } from "../estimate";
import { requestForSubmission } from "../media-resolution";
import { enqueueStep } from "../queue";
import { failoverTarget, moveToProvider } from "../failover";
import { admitSubmission, circuitIsOpen, recordSubmission, type CircuitState } from "../provider-health";
import { claimSend, learnLimit, recheckDelayMs } from "../slots";
import { transition } from "../transitions";

// A provider refusing for a whole day (rate limits, outage) is not going to take this generation.
const GIVE_UP_AFTER_MS = 24 * 60 * 60 * 1000;

function callbackUrl(engine: TaskEngine, generation: Generation): string | undefined {
  if (!engine.callbackBaseUrl) return undefined;
  // A provider that signs its callbacks (Kling with KLING_WEBHOOK_SECRET) gets one address for every task.
  const signed = (engine.providersConfig as Partial<Record<string, { webhookSecret?: string }>>)[generation.provider];
  if (signed?.webhookSecret) return `${engine.callbackBaseUrl}/api/callbacks/${generation.provider}`;
  if (!generation.callbackSecret) return undefined;
  return `${engine.callbackBaseUrl}/api/callbacks/${generation.id}/${generation.callbackSecret}`;
}

async function fail(engine: TaskEngine, generation: Generation, error: GenerationError) {
  await transition(engine, generation.id, {
    from: ["submitting"],
    to: "failed",
    message: error.message,
    data: { error, submitInFlightSince: null },
  });
}

/** The provider has the task: record it and schedule the first query. */
async function accepted(
  engine: TaskEngine,
  generation: Generation,
  task: Pick<ProviderTask, "providerTaskId" | "status">,
) {
  const status = task.status === "running" ? "running" : "queued";
  const moved = await transition(
    engine,
    generation.id,
    {
      from: ["submitting"],
      to: status,
      data: {
        providerTaskId: task.providerTaskId,
        submittedAt: new Date(),
        submitInFlightSince: null,
        stepFailures: 0,
      },
    },
    (tx) =>
      enqueueStep(
        engine.boss,
        { generationId: generation.id, phase: "poll" },
        nextPollDelayMs(storedEstimate(generation.estimate), 0, engine.pollPolicy(generation.provider as ProviderId)),
        tx,
      ),
  );
  if (!moved)
    console.warn(
      `[worker] generation ${generation.id} was accepted as ${task.providerTaskId} but had already left submitting`,
    );
}

/**
 * A create may have reached the provider without us hearing back: find it, never send it twice. A task the
 * provider is still creating may not be found yet, so "none" counts only once the step's time has passed.
 */
async function recoverUnknownCreate(engine: TaskEngine, generation: Generation, sentAt: Date, stepTimeoutMs: number) {
  const adapter = adapterFor(engine, generation.provider);
  if (!adapter.findTaskByIdempotencyKey) {
    return fail(engine, generation, {
      kind: "outcome_unknown",
      message:
        "The provider did not confirm whether it accepted this generation, and it offers no way to look it up. It was not sent again, so you are not billed twice: please try again.",
    });
  }
  const found = await adapter.findTaskByIdempotencyKey(generation.id);
  if (found) return accepted(engine, generation, found);
  const age = Date.now() - sentAt.getTime();
  if (age < stepTimeoutMs)
    return enqueueStep(
      engine.boss,
      { generationId: generation.id, phase: "submit" },
      stepTimeoutMs - age + 1_000,
      undefined,
      generation.queueRank,
    );
  // The provider never received it: sending is safe again.
  await engine.prisma.generation.update({ where: { id: generation.id }, data: { submitInFlightSince: null } });
  await enqueueStep(engine.boss, { generationId: generation.id, phase: "submit" }, 0, undefined, generation.queueRank);
}

/** A refusal to move on from: no task exists and nothing was charged, and waiting here is not worth it. */
const RETRIES_BEFORE_MOVING = 3;

function provesNoTask(error: ProviderError, circuit: CircuitState, failures: number): boolean {
  if (error.kind === "insufficient_balance" || circuit === "open") return true;
  return error.retryable && failures >= RETRIES_BEFORE_MOVING;
}

const labelOf = (provider: string) => (isProviderId(provider) ? PROVIDER_LABELS[provider] : provider);

/** Moves the generation to the next provider of the team's policy, if there is one that can take it. */
async function moveOn(engine: TaskEngine, generation: Generation, why: string): Promise<boolean> {
  const target = await failoverTarget(engine, generation, (provider) =>
    circuitIsOpen(engine.prisma, provider, engine.circuit),
  );
  return target ? moveToProvider(engine, generation, target, why) : false;
}

export async function submitStep(engine: TaskEngine, generation: Generation, stepTimeoutMs: number) {
  const { prisma } = engine;
  if (generation.submitInFlightSince) {
    const age = Date.now() - generation.submitInFlightSince.getTime();
    // Another worker may still be waiting for the provider's answer.
    if (age < stepTimeoutMs)
      return enqueueStep(
        engine.boss,
        { generationId: generation.id, phase: "submit" },
        stepTimeoutMs - age + 1_000,
        undefined,
        generation.queueRank,
      );
    return recoverUnknownCreate(engine, generation, generation.submitInFlightSince, stepTimeoutMs);
  }

  const adapter = adapterFor(engine, generation.provider);
  let request: GenerationRequestInput;
  try {
    request = await requestForSubmission(engine, adapter, generation.request as GenerationRequestInput);
  } catch (error) {
    // Settings changed since the generation was accepted (storage, PUBLIC_URL) or an upload is gone.
    return fail(engine, generation, {
      kind: "invalid_request",
      message: `An uploaded file cannot be sent to the provider: ${error instanceof Error ? error.message : String(error)}`,
    });
  }

  // An open circuit takes nothing: the generation moves on where the team's policy says, or waits.
  const admission = await admitSubmission(prisma, generation.provider, engine.circuit);
  if (!admission.admitted) {
    const why = `${labelOf(generation.provider)} is not taking generations right now (${admission.reason}).`;
    if (await moveOn(engine, generation, why)) return;
    return enqueueStep(
      engine.boss,
      { generationId: generation.id, phase: "submit" },
      admission.retryInMs,
      undefined,
      generation.queueRank,
    );
  }

  // Claim the send: of two workers holding this job, one sends; with a concurrency limit, only when a slot is free.
  const claim = await claimSend(engine, generation);
  if (!claim.claimed) {
    if (claim.place === undefined) return;
    return enqueueStep(
      engine.boss,
      { generationId: generation.id, phase: "submit" },
      recheckDelayMs(claim.place),
      undefined,
      generation.queueRank,
    );
  }

  try {
    const task = await adapter.submit(request, {
      idempotencyKey: generation.id,
      callbackUrl: callbackUrl(engine, generation),
    });
    await recordSubmission(prisma, generation.provider, engine.circuit, { ok: true });
    await accepted(engine, generation, task);
  } catch (error) {
    if (error instanceof GenerationValidationError) return fail(engine, generation, fromProviderError(error));
    if (!(error instanceof ProviderError)) {
      // Our own failure before or after the call: the outcome is unknown until looked up.
      throw error;
    }
    const circuit = await recordSubmission(prisma, generation.provider, engine.circuit, { ok: false, error });
    // Never after an unknown outcome: the task may exist, and moving on could bill twice.
    if (error.outcomeUnknown) return recoverUnknownCreate(engine, generation, claim.sentAt, stepTimeoutMs);
    if (!error.concurrencyLimited && provesNoTask(error, circuit, generation.stepFailures + 1)) {
      if (
        await moveOn(engine, generation, `${labelOf(generation.provider)} refused to create it: ${error.userMessage}`)
      )
        return;
    }
    if (error.concurrencyLimited) {
      // Nothing was created: wait in line for a slot, and let the others wait too rather than be refused.
      await learnLimit(engine, generation, claim.sentAt);
      await prisma.generation.update({
        where: { id: generation.id },
        data: { submitInFlightSince: null, slotWaitSince: new Date(), stepFailures: { increment: 1 } },
      });
      return enqueueStep(
        engine.boss,
        { generationId: generation.id, phase: "submit" }, // Kling AI developer docs: back off exponentially from at least one second.
        Math.max(1_000, retryDelayMs(generation.stepFailures, error.retryAfterSeconds)),
        undefined,
        generation.queueRank,
      );
    }
    if (error.retryable && Date.now() - generation.createdAt.getTime() < GIVE_UP_AFTER_MS) {
      // Refused outright (429, 503): nothing was created, so sending again later is safe.
      await prisma.generation.update({
        where: { id: generation.id },
        data: { submitInFlightSince: null, stepFailures: { increment: 1 } },
      });
      return enqueueStep(
        engine.boss,
        { generationId: generation.id, phase: "submit" },
        retryDelayMs(generation.stepFailures, error.retryAfterSeconds),
        undefined,
        generation.queueRank,
      );
    }
    return fail(engine, generation, fromProviderError(error));
  }
}
