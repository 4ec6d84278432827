import type { Asset, Generation, GenerationEvent, PrismaClient } from "@/lib/db/generated/client";
import { isProviderId, PROVIDER_CAPABILITIES } from "@/lib/providers";
import { storedEstimate } from "./estimate";
import { GenerationErrorSchema } from "./generation-error";
import { etaMs } from "./poll-policy";
import { isFinal } from "./transitions";

export type GenerationWithDetails = Generation & {
  events: GenerationEvent[];
  assets: Pick<Asset, "id" | "kind" | "contentType" | "width" | "height" | "durationSeconds">[];
};

/** One generation with what its view shows: one indexed query, cheap enough for polling every 2 s. */
export function findGenerationWithDetails(prisma: PrismaClient, id: string): Promise<GenerationWithDetails | null> {
  return prisma.generation.findUnique({
    where: { id },
    include: {
      events: { orderBy: { at: "asc" } },
      assets: { select: { id: true, kind: true, contentType: true, width: true, height: true, durationSeconds: true } },
    },
  });
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
  const started = (generation.submittedAt ?? generation.createdAt).getTime();
  const estimate = storedEstimate(generation.estimate);
  const expectedEndMs = final ? null : etaMs(estimate, now - started);
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
    })),
    eta:
      expectedEndMs === null
        ? null
        : {
            expectedAt: new Date(started + expectedEndMs).toISOString(),
            // Never 100 % before it is done: the last stretch waits for the provider.
            progress: Math.min(0.97, Math.max(0, (now - started) / expectedEndMs)),
            basedOnSamples: estimate.samples,
          },
    error: generation.error ? (GenerationErrorSchema.safeParse(generation.error).data ?? null) : null,
    result: generation.result,
    media,
  };
}

export type GenerationView = ReturnType<typeof presentGeneration>;
