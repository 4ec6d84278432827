import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { ProviderCapabilities } from "@/lib/providers";
import { spreadOf, typicalSpread, type EtaBasis } from "./eta";
import type { DurationEstimate } from "./poll-policy";

/** What a generation is, for learning how long generations like it take. */
export type GenerationKind = {
  provider: string;
  model: string;
  mode: string;
  quality: string;
  durationSeconds: number;
};

const RECENT_SAMPLES = 50;
const MIN_SAMPLES = 5;

/** Before the studio has history: the provider's typical duration, else "1 to 5 minutes" (DashScope Kling video API). */
export function defaultEstimate(capabilities: Pick<ProviderCapabilities, "typicalDuration">): DurationEstimate {
  const typical = capabilities.typicalDuration ?? { expectedMs: 120_000, earliestMs: 45_000, latestMs: 300_000 };
  return { ...typical, samples: 0 };
}

/**
 * The spread of recent successful generations of the same kind (provider, model, mode, quality,
 * length): the median is the expected end, the 10th and 90th percentiles bound the likely window.
 */
export async function learnedEstimate(prisma: PrismaClient, kind: GenerationKind): Promise<DurationEstimate | null> {
  const rows = await prisma.$queryRaw<
    { samples: bigint; p10: number | null; p50: number | null; p90: number | null }[]
  >`
    SELECT count(*) AS samples,
           percentile_cont(0.1) WITHIN GROUP (ORDER BY ms) AS p10,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY ms) AS p90
    FROM (
      SELECT EXTRACT(EPOCH FROM ("providerFinishedAt" - "submittedAt")) * 1000 AS ms
      FROM generation
      WHERE provider = ${kind.provider} AND model = ${kind.model} AND mode = ${kind.mode}::"GenerationMode"
        AND quality = ${kind.quality} AND "durationSeconds" = ${kind.durationSeconds}
        AND status = 'succeeded' AND "providerFinishedAt" IS NOT NULL AND "submittedAt" IS NOT NULL
      ORDER BY "createdAt" DESC
      LIMIT ${RECENT_SAMPLES}
    ) recent`;
  const row = rows[0];
  if (!row || Number(row.samples) < MIN_SAMPLES || row.p10 === null || row.p50 === null || row.p90 === null)
    return null;
  // Widen the window a little: the next task is not obliged to stay inside the last fifty.
  return { expectedMs: row.p50, earliestMs: row.p10 * 0.9, latestMs: row.p90 * 1.1, samples: Number(row.samples) };
}

// Before a generation of this kind has been measured: besides the provider's own time, the create
// call, noticing the finish (one polling cadence) and storing the files take a few seconds.
const STUDIO_OVERHEAD = { earliestMs: 2_000, expectedMs: 6_000, latestMs: 15_000 };

/** The end-to-end estimate before anything similar has been measured. */
export function defaultEta(capabilities: Pick<ProviderCapabilities, "typicalDuration">): EtaBasis {
  const provider = defaultEstimate(capabilities);
  return {
    spread: typicalSpread({
      earliestMs: provider.earliestMs + STUDIO_OVERHEAD.earliestMs,
      expectedMs: provider.expectedMs + STUDIO_OVERHEAD.expectedMs,
      latestMs: provider.latestMs + STUDIO_OVERHEAD.latestMs,
    }),
    samples: 0,
  };
}

/**
 * The spread of how long recent successful generations of the same kind took from the click to
 * the stored video (lib/tasks/eta.ts), so the page's estimate includes everything the creator waits for.
 */
export async function learnedEta(prisma: PrismaClient, kind: GenerationKind): Promise<EtaBasis | null> {
  const rows = await prisma.$queryRaw<{ ms: number }[]>`
    SELECT EXTRACT(EPOCH FROM ("finishedAt" - "createdAt")) * 1000 AS ms
    FROM generation
    WHERE provider = ${kind.provider} AND model = ${kind.model} AND mode = ${kind.mode}::"GenerationMode"
      AND quality = ${kind.quality} AND "durationSeconds" = ${kind.durationSeconds}
      AND status = 'succeeded' AND "finishedAt" IS NOT NULL
    ORDER BY "createdAt" DESC
    LIMIT ${RECENT_SAMPLES}`;
  if (rows.length < MIN_SAMPLES) return null;
  return { spread: spreadOf(rows.map((row) => Number(row.ms))), samples: rows.length };
}
