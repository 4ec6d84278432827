import { z } from "zod";
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
