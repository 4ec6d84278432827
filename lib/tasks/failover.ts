import "server-only";
import type { Generation, Prisma } from "@/lib/db/generated/client";
import {
  isProviderId,
  PROVIDER_LABELS,
  providerAvailability,
  type GenerationRequestInput,
  type ProviderId,
} from "@/lib/providers/server";
import type { TaskEngine } from "./engine";
import { enqueueStep } from "./queue";

// Failover between providers of the same model (the team's policy per model family, set by an admin): a generation
// moves on only when its provider refused to create the task in a way that proves none exists and nothing was
// charged. The request is translated to the next provider's model and must validate there; options it does not
// offer are refused unless the policy allows dropping them, and then listed in the generation's events.

/** Options that may be dropped when the policy allows: settings, never the inputs the video is made of. */
const DROPPABLE = ["negativePrompt", "watermark", "cameraControl", "motionBrush", "voices", "audio"] as const;

export type FailoverTarget = {
  provider: ProviderId;
  request: GenerationRequestInput;
  dropped: string[];
};

/** The model family of a provider's model (capability data), e.g. "kling-v3". */
export function familyOf(engine: TaskEngine, provider: string, model: string): string | undefined {
  if (!isProviderId(provider)) return undefined;
  return engine.registry[provider].capabilities.models.find((candidate) => candidate.model === model)?.family;
}

function translate(
  engine: TaskEngine,
  target: ProviderId,
  family: string,
  request: GenerationRequestInput,
  drop: boolean,
) {
  const adapter = engine.registry[target];
  const model = adapter.capabilities.models.find((candidate) => candidate.family === family);
  if (!model) return undefined;
  let translated: GenerationRequestInput = { ...request, provider: target, model: model.model };
  const dropped: string[] = [];
  for (let round = 0; round < DROPPABLE.length + 1; round++) {
    const errors = adapter.validate(translated).filter((violation) => violation.severity === "error");
    if (errors.length === 0) return { provider: target, request: translated, dropped };
    if (!drop) return undefined;
    const field = DROPPABLE.find((name) =>
      errors.some(
        (violation) =>
          violation.path === name || violation.path.startsWith(`${name}.`) || violation.path.startsWith(`${name}[`),
      ),
    );
    if (!field || !(field in translated)) return undefined;
    const rest: Record<string, unknown> = { ...translated };
    delete rest[field];
    translated = rest as GenerationRequestInput;
    dropped.push(field);
  }
  return undefined;
}

/** The next provider the team's policy names after this generation's own, usable here and able to take it. */
export async function failoverTarget(
  engine: TaskEngine,
  generation: Generation,
  isOpen: (provider: ProviderId) => Promise<boolean>,
): Promise<FailoverTarget | undefined> {
  if (generation.onlyThisProvider) return undefined;
  const family = familyOf(engine, generation.provider, generation.model);
  if (!family) return undefined;
  const policy = await engine.prisma.failoverPolicy.findUnique({ where: { family } });
  if (!policy?.enabled) return undefined;
  const position = policy.providers.indexOf(generation.provider);
  const next = position >= 0 ? policy.providers.slice(position + 1) : policy.providers;
  for (const candidate of next) {
    if (!isProviderId(candidate) || candidate === generation.provider) continue;
    if (!providerAvailability(engine.providersConfig, candidate).available || (await isOpen(candidate))) continue;
    const target = translate(
      engine,
      candidate,
      family,
      generation.request as GenerationRequestInput,
      policy.dropUnsupported,
    );
    if (target) return target;
  }
  return undefined;
}

/** Moves a generation that was never created at its provider to the next one, saying why in its events. */
export async function moveToProvider(engine: TaskEngine, generation: Generation, target: FailoverTarget, why: string) {
  const from = isProviderId(generation.provider) ? PROVIDER_LABELS[generation.provider] : generation.provider;
  const dropped = target.dropped.length > 0 ? ` Left out what it does not offer: ${target.dropped.join(", ")}.` : "";
  const moved = await engine.prisma.generation.updateMany({
    where: { id: generation.id, status: "submitting", providerTaskId: null },
    data: {
      provider: target.provider,
      model: target.request.model,
      request: target.request as Prisma.InputJsonValue,
      audio: target.request.audio ?? false,
      submitInFlightSince: null,
      slotWaitSince: null,
      stepFailures: 0,
    },
  });
  if (moved.count === 0) return false;
  await engine.prisma.generationEvent.create({
    data: {
      generationId: generation.id,
      status: "submitting",
      message: `Moved from ${from} to ${PROVIDER_LABELS[target.provider]}: ${why}${dropped}`,
    },
  });
  await enqueueStep(engine.boss, { generationId: generation.id, phase: "submit" }, 0, undefined, generation.queueRank);
  return true;
}
