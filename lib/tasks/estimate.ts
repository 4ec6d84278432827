import { z } from "zod";
import { typicalSpread, type EtaBasis } from "./eta";
import type { DurationEstimate } from "./poll-policy";

const DurationEstimateSchema = z.object({
  expectedMs: z.number(),
  earliestMs: z.number(),
  latestMs: z.number(),
  samples: z.number(),
}) satisfies z.ZodType<DurationEstimate>;

const FALLBACK: DurationEstimate = { expectedMs: 120_000, earliestMs: 45_000, latestMs: 300_000, samples: 0 };

/** The estimate stored with a generation (JSON column). */
export function storedEstimate(value: unknown): DurationEstimate {
  return DurationEstimateSchema.safeParse(value).data ?? FALLBACK;
}

const EtaBasisSchema = z.object({
  spread: z.array(z.number()).length(11),
  samples: z.number(),
}) satisfies z.ZodType<EtaBasis>;

/**
 * The end-to-end estimate stored beside the provider's (`eta` in the same JSON). Generations made
 * before it existed get a spread around their provider estimate.
 */
export function storedEta(value: unknown): EtaBasis {
  const eta = EtaBasisSchema.safeParse((value as { eta?: unknown } | null)?.eta).data;
  if (eta) return eta;
  const provider = storedEstimate(value);
  return {
    spread: typicalSpread({
      earliestMs: provider.earliestMs,
      expectedMs: provider.expectedMs,
      latestMs: provider.latestMs,
    }),
    samples: 0,
  };
}
