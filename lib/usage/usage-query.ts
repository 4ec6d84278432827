import { z } from "zod";

import { USAGE_DIMENSIONS, USAGE_PERIODS } from "./usage-dimensions";

export { USAGE_DIMENSIONS, USAGE_PERIODS } from "./usage-dimensions";

// A real calendar day: "2026-13-45" has the right shape but names no date.
const day = z.string().refine(
  (value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  },
  { error: "Use a date like 2026-12-01." },
);
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());

/** Which usage to show: buckets of a day, week or month, split by creator, provider, model or mode. */
export const UsageQuerySchema = z.object({
  period: optional(z.enum(USAGE_PERIODS)).transform((value) => value ?? "day"),
  by: optional(z.enum(USAGE_DIMENSIONS)).transform((value) => value ?? "provider"),
  from: optional(day),
  to: optional(day),
});
export type UsageQuery = z.output<typeof UsageQuerySchema>;

/** The query from a URL's search parameters (the first value of a repeated one). */
export function usageQueryFrom(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const entries =
    params instanceof URLSearchParams
      ? [...params.keys()].map((key) => [key, params.get(key)] as const)
      : Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value] as const);
  return UsageQuerySchema.safeParse(Object.fromEntries(entries));
}

/** One bucket of one group: what was generated, billed and (where prices are set) what it cost. */
export type UsageRow = {
  period: string;
  key: string;
  label: string;
  generations: number;
  succeeded: number;
  billedSeconds: number;
  estimatedCost: number | null;
};

/** How one provider did over the range: success rate, why the rest failed, how long a success took. */
export type ProviderHealth = {
  provider: string;
  generations: number;
  succeeded: number;
  successRate: number;
  medianSecondsToFinish: number | null;
  failures: { reason: string; count: number }[];
};

export type UsageReport = {
  query: UsageQuery;
  range: { from: string; to: string };
  currency: string;
  rows: UsageRow[];
  providers: ProviderHealth[];
  /** Whether this is the whole team's usage (admins) or the viewer's own. */
  team: boolean;
};

export function usageCsv(report: UsageReport): string {
  const escape = (value: string | number | null) => {
    const text = value === null ? "" : String(value);
    return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const header = [
    "period",
    report.query.by,
    "generations",
    "succeeded",
    "billed_seconds",
    `estimated_cost_${report.currency}`,
  ];
  const lines = report.rows.map((row) =>
    [row.period, row.label, row.generations, row.succeeded, row.billedSeconds, row.estimatedCost].map(escape).join(","),
  );
  return [header.join(","), ...lines].join("\n") + "\n";
}
