import "server-only";
import type { Generation, Prisma } from "@/lib/db/generated/client";
import { PROVIDER_LABELS, type ProviderConnection, type ProviderId } from "@/lib/providers/server";
import { adapterFor, type TaskEngine } from "./engine";
import { enqueueStep } from "./queue";

// A provider account runs at most so many tasks at once (Kling AI developer docs, concurrency rules: a task
// holds its slot from `submitted` until it ends). Rather than be refused (1303), generations wait here, in
// the order they were made, and are sent as slots free up. The limit is `<PREFIX>_CONCURRENCY`, lowered by
// what a refusal teaches.

/** A lesson from a refusal holds this long; then the configured limit (or none) is tried again. */
export const LEARNED_LIMIT_TTL_MS = 30 * 60 * 1000;
/** How soon a waiting generation looks again (a freed slot also wakes the first in line at once). */
const RECHECK_MS = { base: 2_000, perPlace: 250, max: 15_000 };

type Family = { provider: ProviderId; family: string; models: string[] };

function familyIn(
  families: Readonly<Record<string, string>>,
  generation: Pick<Generation, "provider" | "model">,
): Family {
  const family = families[generation.model] ?? generation.model;
  const models = Object.keys(families).filter((model) => families[model] === family);
  return {
    provider: generation.provider as ProviderId,
    family,
    models: models.length > 0 ? models : [generation.model],
  };
}

function familyOf(engine: TaskEngine, generation: Pick<Generation, "provider" | "model">): Family {
  return familyIn(adapterFor(engine, generation.provider).capabilities.concurrencyFamilies ?? {}, generation);
}

/** The limit that applies now, or undefined when none is known. */
async function currentLimit(engine: TaskEngine, { provider, family }: Family): Promise<number | undefined> {
  const configured = (engine.providersConfig as Partial<Record<ProviderId, ProviderConnection>>)[provider]?.concurrency;
  const learned = await engine.prisma.providerSlotLimit.findUnique({
    where: { provider_family: { provider, family } },
  });
  const fresh = learned && Date.now() - learned.learnedAt.getTime() < LEARNED_LIMIT_TTL_MS ? learned.limit : undefined;
  if (configured === undefined) return fresh;
  return fresh === undefined ? configured : Math.min(configured, fresh);
}

const inFamily = ({ provider, models }: Family) => ({ provider, model: { in: models } });

/** Tasks holding a slot: at the provider, or being sent. */
function holdingSlots(family: Family, except?: string): Prisma.GenerationWhereInput {
  return {
    ...inFamily(family),
    ...(except && { id: { not: except } }),
    OR: [{ status: { in: ["queued", "running"] } }, { status: "submitting", submitInFlightSince: { not: null } }],
  };
}

/**
 * Generations in line before this one: not yet sent, and lower in their creators' own lines (round-robin by
 * creator), or as low and made earlier.
 */
function aheadOf(
  family: Family,
  generation: Pick<Generation, "id" | "createdAt" | "queueRank">,
): Prisma.GenerationWhereInput {
  const { queueRank, createdAt, id } = generation;
  return {
    ...inFamily(family),
    status: "submitting",
    submitInFlightSince: null,
    OR: [
      { queueRank: { lt: queueRank } },
      { queueRank, createdAt: { lt: createdAt } },
      { queueRank, createdAt, id: { lt: id } },
    ],
  };
}

export type SendClaim = { claimed: true; sentAt: Date } | { claimed: false; place?: number };

/**
 * Claims the right to send: of two workers holding this job one sends; with a concurrency limit, only while a
 * slot is free for this generation's place in line. Otherwise it is marked as waiting, with its place.
 */
export async function claimSend(engine: TaskEngine, generation: Generation): Promise<SendClaim> {
  const family = familyOf(engine, generation);
  const limit = await currentLimit(engine, family);
  const sentAt = new Date();
  const claim = () => ({ submitInFlightSince: sentAt, submitAttempts: { increment: 1 }, slotWaitSince: null });
  const claimed = (count: number): SendClaim => (count === 1 ? { claimed: true, sentAt } : { claimed: false });
  const mine = { id: generation.id, status: "submitting" as const, submitInFlightSince: null };
  if (limit === undefined) {
    const { count } = await engine.prisma.generation.updateMany({ where: mine, data: claim() });
    return claimed(count);
  }
  return engine.prisma.$transaction(async (tx) => {
    // One decision at a time per family, so two workers never both take the last slot.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`slots:${family.provider}:${family.family}`}))`;
    const [busy, ahead] = await Promise.all([
      tx.generation.count({ where: holdingSlots(family) }),
      tx.generation.count({ where: aheadOf(family, generation) }),
    ]);
    if (busy + ahead < limit) {
      const { count } = await tx.generation.updateMany({ where: mine, data: claim() });
      return claimed(count);
    }
    const { count } = await tx.generation.updateMany({
      where: { ...mine, slotWaitSince: null },
      data: { slotWaitSince: new Date() },
    });
    // The timeline says once why it waits.
    if (count === 1)
      await tx.generationEvent.create({
        data: {
          generationId: generation.id,
          status: "submitting",
          message: `Waiting for a free slot at ${PROVIDER_LABELS[family.provider]}: the account runs at most ${limit} of these tasks at once.`,
        },
      });
    return { claimed: false, place: ahead + 1 };
  });
}

/** Looks again later: sooner for those near the front. */
export function recheckDelayMs(place: number): number {
  return Math.min(RECHECK_MS.max, RECHECK_MS.base + place * RECHECK_MS.perPlace);
}

/**
 * The provider refused because the account runs as many tasks as it may: the tasks it holds now (those accepted,
 * and those sent before this one) are its limit. Remembered, and only ever lowered by a refusal, so the others
 * wait here instead of being refused too. Concurrent refusals keep the lowest lesson. Creates that crossed on the
 * way (sent later, arrived first) can make it one too low, until the lesson expires.
 */
export async function learnLimit(engine: TaskEngine, generation: Generation, sentAt: Date): Promise<number> {
  const family = familyOf(engine, generation);
  const busy = await engine.prisma.generation.count({
    where: {
      ...inFamily(family),
      id: { not: generation.id },
      OR: [{ status: { in: ["queued", "running"] } }, { status: "submitting", submitInFlightSince: { lt: sentAt } }],
    },
  });
  const limit = Math.max(1, busy);
  const configured = (engine.providersConfig as Partial<Record<ProviderId, ProviderConnection>>)[family.provider]
    ?.concurrency;
  const lesson = configured === undefined ? limit : Math.min(configured, limit);
  const staleBefore = new Date(Date.now() - LEARNED_LIMIT_TTL_MS);
  await engine.prisma.$executeRaw`
    INSERT INTO provider_slot_limit (provider, family, "limit", "learnedAt")
    VALUES (${family.provider}, ${family.family}, ${lesson}, now())
    ON CONFLICT (provider, family) DO UPDATE SET
      "limit" = CASE WHEN provider_slot_limit."learnedAt" < ${staleBefore}
                     THEN EXCLUDED."limit" ELSE LEAST(provider_slot_limit."limit", EXCLUDED."limit") END,
      "learnedAt" = now()`;
  return lesson;
}

/** A task of this family ended: the first in line need not wait for its next look. */
export async function wakeNextInLine(engine: TaskEngine, generation: Pick<Generation, "provider" | "model">) {
  const configured = (engine.providersConfig as Partial<Record<string, ProviderConnection>>)[generation.provider];
  if (!adapterFor(engine, generation.provider).capabilities.concurrencyFamilies && !configured?.concurrency) return;
  const family = familyOf(engine, generation);
  const next = await engine.prisma.generation.findFirst({
    where: { ...inFamily(family), status: "submitting", submitInFlightSince: null, slotWaitSince: { not: null } },
    orderBy: [{ queueRank: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  if (next) await enqueueStep(engine.boss, { generationId: next.id, phase: "submit", now: true }, 0);
}

/** Where a waiting generation stands: its place in line for the provider's slots, or null when not waiting. */
export async function placeInLine(
  prisma: TaskEngine["prisma"],
  generation: Pick<Generation, "id" | "createdAt" | "queueRank" | "provider" | "model" | "status" | "slotWaitSince">,
  families: Readonly<Record<string, string>> = {},
): Promise<number | null> {
  if (generation.status !== "submitting" || !generation.slotWaitSince) return null;
  return (await prisma.generation.count({ where: aheadOf(familyIn(families, generation), generation) })) + 1;
}
