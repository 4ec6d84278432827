import type { Asset, Generation, GenerationEvent, PrismaClient } from "@/lib/db/generated/client";
import { isProviderId, PROVIDER_CAPABILITIES } from "@/lib/providers";
import { readEta } from "./eta";
import { placeInLine } from "./slots";
import { storedEta } from "./estimate";
import { GenerationErrorSchema } from "./generation-error";
import { isFinal } from "./transitions";

export type GenerationWithDetails = Generation & {
  events: GenerationEvent[];
  assets: Pick<Asset, "id" | "kind" | "contentType" | "width" | "height" | "durationSeconds">[];
  /** While it waits for a worker to send it: how many generations wait ahead of it. */
  ahead?: number;
  /** While it waits for a free slot at its provider's account: its place in line (1 = next). */
  slotPlace?: number | null;
};

/** Not yet picked up by a worker: waiting in line rather than being sent or retried. */
function waitingForWorker(generation: Pick<Generation, "status" | "submitAttempts">): boolean {
  return generation.status === "submitting" && generation.submitAttempts === 0;
}

/** One generation with what its view shows: indexed queries, cheap enough for polling every 2 s. */
export async function findGenerationWithDetails(
  prisma: PrismaClient,
  id: string,
): Promise<GenerationWithDetails | null> {
  const generation = await prisma.generation.findUnique({
    where: { id },
    include: {
      events: { orderBy: { at: "asc" } },
      assets: { select: { id: true, kind: true, contentType: true, width: true, height: true, durationSeconds: true } },
    },
  });
  if (!generation) return generation;
  if (generation.slotWaitSince && isProviderId(generation.provider)) {
    const families = PROVIDER_CAPABILITIES[generation.provider].concurrencyFamilies;
    return { ...generation, slotPlace: await placeInLine(prisma, generation, families) };
  }
  if (!waitingForWorker(generation)) return generation;
  const ahead = await prisma.generation.count({
    where: { status: "submitting", submitAttempts: 0, createdAt: { lt: generation.createdAt } },
  });
  return { ...generation, ahead };
}

/** What the page says about time: on time with progress, late with the usual range, or waiting in line. */
function presentEta(generation: GenerationWithDetails, now: number) {
  const basis = storedEta(generation.estimate);
  const elapsedMs = now - generation.createdAt.getTime();
  const reading = readEta(basis, elapsedMs);
  const common = {
    basedOnSamples: basis.samples,
    ahead: waitingForWorker(generation) ? (generation.ahead ?? 0) : null,
    slotPlace: generation.slotPlace ?? null,
  };
  if (reading.state === "late") return { ...common, ...reading, expectedAt: null, progress: null };
  return {
    ...common,
    state: reading.state,
    expectedAt: new Date(generation.createdAt.getTime() + reading.expectedTotalMs).toISOString(),
    // Never 100 % before it is done: the last stretch waits for the provider.
    progress: Math.min(0.97, reading.progress),
    usualLowMs: null,
    usualHighMs: null,
  };
}

function presentWaiting(generation: GenerationWithDetails) {
  if (generation.status !== "submitting") return null;
  if (generation.slotPlace)
    return { reason: "provider_slot" as const, provider: generation.provider, place: generation.slotPlace };
  if (waitingForWorker(generation)) return { reason: "worker" as const, ahead: generation.ahead ?? 0 };
  return null;
}

// Inline (Base64) media can be megabytes: polled every 2 s, the view names it instead of repeating it.
const INLINE_MEDIA = /^data:([\w.+-]+\/[\w.+-]+);base64,/;

function abbreviated(url: unknown): unknown {
  if (typeof url !== "string" || url.length < 256) return url;
  const type = INLINE_MEDIA.exec(url)?.[1];
  return type ? `data:${type};base64,… (${Math.round((url.length * 3) / 4 / 1024)} KB, not repeated here)` : url;
}

function withInlineMediaAbbreviated(request: unknown): unknown {
  if (!request || typeof request !== "object") return request;
  const { media, elements, ...rest } = request as {
    media?: { url?: unknown }[];
    elements?: { imageUrls?: unknown[] }[];
  };
  return {
    ...rest,
    ...(Array.isArray(media) ? { media: media.map((item) => ({ ...item, url: abbreviated(item.url) })) } : {}),
    ...(Array.isArray(elements)
      ? {
          elements: elements.map((element) =>
            Array.isArray(element.imageUrls) ? { ...element, imageUrls: element.imageUrls.map(abbreviated) } : element,
          ),
        }
      : {}),
  };
}

/** The JSON a browser polls: status, timeline, progress estimate, error in plain words, media links. */
export function presentGeneration(generation: GenerationWithDetails, now = Date.now()) {
  const final = isFinal(generation.status);
  const media = Object.fromEntries(
    generation.assets.map((asset) => [
      asset.kind,
      {
        url: `/api/assets/${asset.id}`,
        contentType: asset.contentType,
        width: asset.width,
        height: asset.height,
        durationSeconds: asset.durationSeconds,
      },
    ]),
  );
  return {
    id: generation.id,
    status: generation.status,
    final,
    provider: generation.provider,
    // A provider that charges: canceling asks first.
    billed: isProviderId(generation.provider) ? PROVIDER_CAPABILITIES[generation.provider].billed : true,
    model: generation.model,
    mode: generation.mode,
    request: withInlineMediaAbbreviated(generation.request),
    createdAt: generation.createdAt.toISOString(),
    submittedAt: generation.submittedAt?.toISOString() ?? null,
    finishedAt: generation.finishedAt?.toISOString() ?? null,
    events: generation.events.map((event) => ({
      status: event.status,
      at: event.at.toISOString(),
      message: event.message,
      detail: eventDetail(event.detail),
    })),
    eta: final ? null : presentEta(generation, now),
    /** Why it has not been sent yet: waiting for a worker, or for a free slot at the provider's account. */
    waiting: presentWaiting(generation),
    error: generation.error ? (GenerationErrorSchema.safeParse(generation.error).data ?? null) : null,
    result: generation.result,
    media,
  };
}

export type GenerationView = ReturnType<typeof presentGeneration>;

/** An event's numbers, when it has them: the estimate made at creation, and at the end what it took. */
function eventDetail(value: unknown): { estimatedMs: number; tookMs: number | null; samples: number | null } | null {
  if (!value || typeof value !== "object") return null;
  const { estimatedMs, tookMs, samples } = value as Record<string, unknown>;
  if (typeof estimatedMs !== "number") return null;
  return {
    estimatedMs,
    tookMs: typeof tookMs === "number" ? tookMs : null,
    samples: typeof samples === "number" ? samples : null,
  };
}
