import "server-only";
import type PgBoss from "pg-boss";
import {
  GenerationValidationError,
  ProviderError,
  type ElementLibrary,
  type ProviderElement,
  type ProviderId,
} from "@/lib/providers/server";
import { recordWebhookEvent } from "@/lib/webhooks/outbox";
import type { ElementDeps } from "./deps";
import { imageForLibrary } from "./images";

// Creating and deleting elements at providers that store them, as jobs on the studio's durable queue
// (pg-boss): a create whose answer never came is looked up before it is sent again, so an element is
// never made twice; transient failures are retried with backoff; a job that keeps failing ends `failed`.

export const ELEMENT_SYNC_QUEUE = "element-sync";
/** Tries before a binding is marked failed (the queue retries with backoff in between). */
export const ELEMENT_SYNC_ATTEMPTS = 6;
/** How many custom elements one listing page asks for (the gateway allows up to 500). */
const LIST_PAGE_SIZE = 500;
const LIST_MAX_PAGES = 20;

export type ElementJob =
  | { action: "create"; bindingId: string }
  | { action: "delete"; provider: ProviderId; remoteId: string; bindingId?: string };

const ready = new WeakSet<PgBoss>();

async function ensureQueue(boss: PgBoss) {
  if (ready.has(boss)) return;
  await boss.createQueue(ELEMENT_SYNC_QUEUE, {
    name: ELEMENT_SYNC_QUEUE,
    policy: "standard",
    expireInSeconds: 120,
    retryLimit: ELEMENT_SYNC_ATTEMPTS,
    retryDelay: 2,
    retryBackoff: true,
    retentionDays: 2,
  });
  ready.add(boss);
}

export async function enqueueElementJob(boss: PgBoss, job: ElementJob): Promise<void> {
  await ensureQueue(boss);
  await boss.send(ELEMENT_SYNC_QUEUE, job);
}

/** Starts taking element jobs (the worker calls this beside its generation steps). */
export async function workElementJobs(boss: PgBoss, deps: ElementDeps): Promise<void> {
  await ensureQueue(boss);
  await boss.work<ElementJob>(ELEMENT_SYNC_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
    if (job) await runElementJob(deps, job.data);
  });
}

function libraryOf(deps: ElementDeps, provider: string): ElementLibrary | undefined {
  return deps.registry[provider as ProviderId]?.elementLibrary;
}

/** Every custom element the provider holds (a few pages at most for a team library). */
export async function listCustomElements(library: ElementLibrary, signal?: AbortSignal): Promise<ProviderElement[]> {
  const all: ProviderElement[] = [];
  for (let page = 1; page <= LIST_MAX_PAGES; page++) {
    const batch = await library.listElements({ source: "custom", page, pageSize: LIST_PAGE_SIZE }, { signal });
    all.push(...batch);
    if (batch.length < LIST_PAGE_SIZE) break;
  }
  return all;
}

/** Why the provider refused, in words for the admin. */
function refusal(error: unknown): string {
  if (error instanceof GenerationValidationError)
    return error.violations.map((violation) => violation.message).join(" ");
  if (error instanceof ProviderError) return `${error.userMessage} (${error.message})`;
  return error instanceof Error ? error.message : String(error);
}

/** Failures worth another try later: the provider was busy, unreachable or silent. */
const transient = (error: unknown) => error instanceof ProviderError && error.retryable;

export async function runElementJob(deps: ElementDeps, job: ElementJob): Promise<void> {
  if (job.action === "create") await createAtProvider(deps, job.bindingId);
  else await deleteAtProvider(deps, job);
}

async function createAtProvider(deps: ElementDeps, bindingId: string): Promise<void> {
  const { prisma } = deps;
  const binding = await prisma.elementBinding.findUnique({ where: { id: bindingId }, include: { element: true } });
  if (!binding || binding.state !== "pending" || binding.element.retiredAt) return;
  const library = libraryOf(deps, binding.provider);
  if (!library) {
    await prisma.elementBinding.update({
      where: { id: bindingId },
      data: { state: "not_supported", message: "This provider keeps no element library." },
    });
    return;
  }
  const attempts = binding.attempts + 1;
  await prisma.elementBinding.update({ where: { id: bindingId }, data: { attempts } });
  const { element } = binding;
  try {
    if (binding.createSentAt) {
      // An earlier create went out and its answer was lost: it may exist. Adopt it rather than make a twin.
      const taken = new Set(
        (
          await prisma.elementBinding.findMany({
            where: { provider: binding.provider, remoteId: { not: null } },
            select: { remoteId: true },
          })
        ).map((row) => row.remoteId),
      );
      const found = (await listCustomElements(library)).find(
        (remote) =>
          !taken.has(remote.id) && remote.name === element.name && (remote.description ?? "") === element.description,
      );
      if (found) return void (await markSynced(deps, bindingId, found.id));
    }
    const frontal = element.frontalImageUrl;
    if (!frontal) throw new Error("The element has no frontal image.");
    const input = {
      name: element.name,
      description: element.description,
      frontalImageUrl: await imageForLibrary(deps, frontal),
      referImageUrls: await Promise.all(element.referImageUrls.map((url) => imageForLibrary(deps, url))),
    };
    await prisma.elementBinding.update({ where: { id: bindingId }, data: { createSentAt: new Date() } });
    const created = await library.createElement(input);
    await markSynced(deps, bindingId, created.id);
  } catch (error) {
    const unknownOutcome = error instanceof ProviderError && error.outcomeUnknown;
    if (!unknownOutcome) await prisma.elementBinding.update({ where: { id: bindingId }, data: { createSentAt: null } });
    if ((transient(error) || unknownOutcome) && attempts < ELEMENT_SYNC_ATTEMPTS) {
      await prisma.elementBinding.update({ where: { id: bindingId }, data: { message: refusal(error) } });
      throw error;
    }
    await prisma.elementBinding.update({
      where: { id: bindingId },
      data: { state: "failed", message: refusal(error), checkedAt: new Date() },
    });
  }
}

async function markSynced(deps: ElementDeps, bindingId: string, remoteId: string) {
  await deps.prisma.$transaction(async (tx) => {
    const binding = await tx.elementBinding.update({
      where: { id: bindingId },
      data: { state: "synced", remoteId, message: null, createSentAt: null, attempts: 0, checkedAt: new Date() },
      include: { element: { select: { id: true, name: true, createdById: true } } },
    });
    await recordWebhookEvent(tx, deps.boss, {
      type: "element.synced",
      ownerId: binding.element.createdById,
      data: {
        id: binding.element.id,
        name: binding.element.name,
        provider: binding.provider,
        remoteId,
        url: `/api/v1/elements/${binding.element.id}`,
      },
    });
  });
}

async function deleteAtProvider(deps: ElementDeps, job: Extract<ElementJob, { action: "delete" }>) {
  const { prisma } = deps;
  const library = libraryOf(deps, job.provider);
  const binding = job.bindingId ? await prisma.elementBinding.findUnique({ where: { id: job.bindingId } }) : null;
  if (job.bindingId && !binding) return;
  const attempts = (binding?.attempts ?? 0) + 1;
  if (binding) await prisma.elementBinding.update({ where: { id: binding.id }, data: { attempts } });
  try {
    await library?.deleteElement(job.remoteId);
  } catch (error) {
    // Already gone at the provider: what the delete wanted.
    const gone = error instanceof ProviderError && error.kind === "not_found";
    if (!gone) {
      if (transient(error) && attempts < ELEMENT_SYNC_ATTEMPTS) throw error;
      if (binding)
        await prisma.elementBinding.update({
          where: { id: binding.id },
          data: { state: "failed", message: `Not deleted: ${refusal(error)}`, checkedAt: new Date() },
        });
      else console.warn(`[elements] could not delete ${job.provider} element ${job.remoteId}:`, refusal(error));
      return;
    }
  }
  if (binding) await prisma.elementBinding.delete({ where: { id: binding.id } });
}

/**
 * Compares the provider's custom elements with the team's bindings: one deleted behind the studio's back
 * is marked `missing` (never silently dropped), one that reappeared is `synced` again.
 */
export async function reconcileProvider(deps: ElementDeps, provider: ProviderId) {
  const library = libraryOf(deps, provider);
  if (!library) return { checked: 0, missing: 0 };
  const remote = new Set((await listCustomElements(library)).map((element) => element.id));
  const bindings = await deps.prisma.elementBinding.findMany({
    where: { provider, owned: true, remoteId: { not: null }, state: { in: ["synced", "missing"] } },
  });
  const now = new Date();
  let missing = 0;
  for (const binding of bindings) {
    const present = remote.has(binding.remoteId!);
    if (!present) missing += 1;
    await deps.prisma.elementBinding.update({
      where: { id: binding.id },
      data: present
        ? { state: "synced", message: null, checkedAt: now }
        : { state: "missing", message: "Deleted at the provider.", checkedAt: now },
    });
  }
  return { checked: bindings.length, missing };
}
