import "server-only";
import { randomBytes } from "node:crypto";
import { Prisma } from "@/lib/db/generated/client";
import {
  GenerationRequestSchema,
  loadSimulatorConfig,
  providerAvailability,
  PROVIDERS,
  type GenerationRequest,
  type GenerationRequestInput,
  type ProviderId,
  type Violation,
} from "@/lib/providers";
import { defaultEstimate, learnedEstimate } from "./duration-estimate";
import type { TaskEngine } from "./engine";
import { requestForValidation } from "./media-resolution";
import { enqueueStep } from "./queue";

/** The request breaks rules: nothing was stored or sent. */
export class GenerationRejectedError extends Error {
  constructor(readonly violations: Violation[]) {
    super(violations.map((violation) => `${violation.path}: ${violation.message}`).join("\n"));
    this.name = "GenerationRejectedError";
  }
}

export type CreateGenerationInput = {
  creatorId: string;
  request: GenerationRequestInput;
  /** From the form or the API client: the same key always means the same generation. */
  idempotencyKey?: string;
};

function simulatedDurationMs(): number {
  const { timing } = loadSimulatorConfig(process.env);
  return timing.queuedMs + timing.runningMs;
}

/**
 * Validates and stores a generation (status `submitting`) with the job that will submit it, in one
 * transaction: once this returns, the generation will reach a final state whatever crashes.
 * Idempotent per creator and key: a repeated call returns the generation the first one made.
 */
export async function createGeneration(engine: TaskEngine, { creatorId, request, idempotencyKey }: CreateGenerationInput) {
  const { prisma } = engine;
  if (idempotencyKey) {
    const existing = await prisma.generation.findUnique({ where: { creatorId_idempotencyKey: { creatorId, idempotencyKey } } });
    if (existing) return existing;
  }

  if (!(PROVIDERS as readonly string[]).includes(request.provider)) {
    throw new GenerationRejectedError([{ path: "provider", rule: "provider_unknown", message: `There is no provider called "${request.provider}".`, severity: "error" }]);
  }
  const provider = request.provider as ProviderId;
  const availability = providerAvailability(engine.providersConfig, provider);
  const adapter = engine.registry[provider];
  if (!availability.available || !adapter) {
    const reason = availability.available ? "this provider is not supported yet" : availability.reason;
    throw new GenerationRejectedError([{ path: "provider", rule: "provider_unavailable", message: `This provider cannot be used: ${reason}.`, severity: "error" }]);
  }
  const { request: asSent, violations: uploadProblems } = await requestForValidation(engine, adapter, request);
  const errors = [...uploadProblems, ...adapter.validate(asSent)].filter((violation) => violation.severity === "error");
  if (errors.length) throw new GenerationRejectedError(errors);
  const canonical: GenerationRequest = GenerationRequestSchema.parse(request);

  const kind = {
    provider,
    model: canonical.model,
    mode: canonical.mode,
    quality: canonical.quality ?? "default",
    durationSeconds: canonical.duration ?? 0,
  };
  const estimate = (await learnedEstimate(prisma, kind)) ?? defaultEstimate(provider, simulatedDurationMs());
  const callbackSecret = engine.callbackBaseUrl && adapter.capabilities.callbacks ? randomBytes(24).toString("base64url") : null;

  try {
    return await prisma.$transaction(async (tx) => {
      const generation = await tx.generation.create({
        data: {
          ...kind,
          creatorId,
          idempotencyKey: idempotencyKey ?? null,
          request: canonical as Prisma.InputJsonValue,
          estimate: estimate as Prisma.InputJsonValue,
          callbackSecret,
          events: { create: { status: "submitting" } },
        },
      });
      await enqueueStep(engine.boss, { generationId: generation.id, phase: "submit" }, 0, tx);
      return generation;
    });
  } catch (error) {
    // Two requests with one key raced: the other one stored it first.
    if (idempotencyKey && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return prisma.generation.findUniqueOrThrow({ where: { creatorId_idempotencyKey: { creatorId, idempotencyKey } } });
    }
    throw error;
  }
}
