import "server-only";
import { randomBytes } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { Prisma } from "@/lib/db/generated/client";
import type { GenerationRequest, Violation } from "@/lib/providers/server";
import { defaultEstimate, defaultEta, learnedEstimate, learnedEta } from "./duration-estimate";
import { expectedTotalMs } from "./eta";
import type { TaskEngine } from "./engine";
import { prepareGenerationRequest } from "./generation-request";
import { enqueueStep } from "./queue";
import { generationSearchTerms, promptPreview } from "@/lib/gallery/generation-search";

/** The request breaks rules: nothing was stored or sent. */
export class GenerationRejectedError extends Error {
  constructor(readonly violations: Violation[]) {
    super(violations.map((violation) => `${violation.path}: ${violation.message}`).join("\n"));
    this.name = "GenerationRejectedError";
  }
}

/** The idempotency key already made a generation from a different request. */
export class IdempotencyConflictError extends Error {
  constructor(
    readonly idempotencyKey: string,
    readonly generationId: string,
  ) {
    super(
      `The idempotency key "${idempotencyKey}" was already used for a different request (generation ${generationId}). Use a new key for a new request.`,
    );
    this.name = "IdempotencyConflictError";
  }
}

export type CreateGenerationInput = {
  creatorId: string;
  /** Anything: it is checked here, whoever sends it. */
  request: unknown;
  /** From the form or the API client: the same key always means the same generation. */
  idempotencyKey?: string;
  /** Never moved to another provider by the team's failover policy. */
  onlyThisProvider?: boolean;
};

/** As stored in a jsonb column and read back: no undefined, key order irrelevant. */
function asStored(request: GenerationRequest): unknown {
  return JSON.parse(JSON.stringify(request));
}

/** The generation a key already made, refusing a reused key that carries another request. */
async function earlierGeneration(
  engine: TaskEngine,
  creatorId: string,
  idempotencyKey: string,
  request: GenerationRequest,
) {
  const existing = await engine.prisma.generation.findUnique({
    where: { creatorId_idempotencyKey: { creatorId, idempotencyKey } },
  });
  if (existing && !isDeepStrictEqual(existing.request, asStored(request)))
    throw new IdempotencyConflictError(idempotencyKey, existing.id);
  return existing;
}

/**
 * Validates and stores a generation (status `submitting`) with the job that will submit it, in one
 * transaction: once this returns, the generation will reach a final state whatever crashes.
 * Idempotent per creator and key: a repeated call with the same request returns the generation the
 * first one made; the same key with another request is refused.
 */
export async function createGeneration(
  engine: TaskEngine,
  { creatorId, request: input, idempotencyKey, onlyThisProvider = false }: CreateGenerationInput,
) {
  const { prisma } = engine;
  const prepared = await prepareGenerationRequest(engine, input);
  if (!prepared.ok)
    throw new GenerationRejectedError(prepared.violations.filter((violation) => violation.severity === "error"));
  const { adapter, request } = prepared;
  if (idempotencyKey) {
    const existing = await earlierGeneration(engine, creatorId, idempotencyKey, request);
    if (existing) return existing;
  }

  const kind = {
    provider: adapter.id,
    model: request.model,
    mode: request.mode,
    quality: request.quality ?? "default",
    durationSeconds: request.duration ?? 0,
  };
  const estimate = (await learnedEstimate(prisma, kind)) ?? defaultEstimate(adapter.capabilities);
  const eta = (await learnedEta(prisma, kind)) ?? defaultEta(adapter.capabilities);
  const callbackSecret =
    engine.callbackBaseUrl && adapter.capabilities.callbacks ? randomBytes(24).toString("base64url") : null;

  try {
    return await prisma.$transaction(async (tx) => {
      // Its place among the creator's own waiting generations: submissions go round-robin by creator. One
      // creator's creates take their places one at a time, so a burst of them gets distinct places.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`queue-rank:${creatorId}`}))`;
      const queueRank = await tx.generation.count({
        where: { creatorId, status: "submitting", submitInFlightSince: null },
      });
      const generation = await tx.generation.create({
        data: {
          ...kind,
          creatorId,
          queueRank,
          onlyThisProvider,
          idempotencyKey: idempotencyKey ?? null,
          request: request as Prisma.InputJsonValue,
          audio: request.audio ?? false,
          searchTerms: generationSearchTerms(request),
          promptPreview: promptPreview(request),
          estimate: { ...estimate, eta } as Prisma.InputJsonValue,
          callbackSecret,
          // What was promised, kept beside what happens (the succeeded event records the actual time).
          events: {
            create: {
              status: "submitting",
              detail: { estimatedMs: Math.round(expectedTotalMs(eta, 0)), samples: eta.samples },
            },
          },
        },
      });
      await enqueueStep(engine.boss, { generationId: generation.id, phase: "submit" }, 0, tx, generation.queueRank);
      return generation;
    });
  } catch (error) {
    // Two requests with one key raced: the other one stored it first.
    if (idempotencyKey && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const existing = await earlierGeneration(engine, creatorId, idempotencyKey, request);
      if (existing) return existing;
    }
    throw error;
  }
}
