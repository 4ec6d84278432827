import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session";
import { config } from "@/lib/config";
import { estimateCost } from "@/lib/studio/pricing";
import { isProviderId } from "@/lib/providers/server";
import type { Quality } from "@/lib/providers";
import type { ProviderHealth, UsageQuery, UsageReport, UsageRow } from "./usage-query";

const DAY_MS = 24 * 3600 * 1000;
const GROUP_COLUMN: Record<UsageQuery["by"], Prisma.Sql> = {
  creator: Prisma.sql`g."creatorId"`,
  provider: Prisma.sql`g.provider`,
  model: Prisma.sql`g.model`,
  mode: Prisma.sql`g.mode::text`,
};

type Bucket = {
  period: Date;
  key: string;
  provider: string;
  quality: string;
  audio: boolean;
  generations: bigint;
  succeeded: bigint;
  billed: bigint | null;
};

/** The range a query covers: its dates, else the last 30 days (both ends whole UTC days). */
function rangeOf(query: UsageQuery): { from: Date; to: Date } {
  const to = query.to
    ? new Date(Date.parse(`${query.to}T00:00:00Z`) + DAY_MS)
    : new Date(Math.ceil(Date.now() / DAY_MS) * DAY_MS);
  const from = query.from ? new Date(`${query.from}T00:00:00Z`) : new Date(to.getTime() - 30 * DAY_MS);
  return { from, to };
}

/**
 * Usage over a range, from the generations themselves: billed seconds are the lengths of the
 * finished ones, costs the configured prices (PRICE_*) applied to them. Admins see the team,
 * members their own.
 */
export async function usageReport(query: UsageQuery, viewer: Pick<SessionUser, "id" | "role">): Promise<UsageReport> {
  const team = viewer.role === "admin";
  const { from, to } = rangeOf(query);
  const scope = Prisma.sql`g."createdAt" >= ${from} AND g."createdAt" < ${to} ${team ? Prisma.empty : Prisma.sql`AND g."creatorId" = ${viewer.id}`}`;
  const [buckets, health, failures, creators] = await Promise.all([
    prisma.$queryRaw<Bucket[]>`
      SELECT date_trunc(${query.period}, g."createdAt") AS period, ${GROUP_COLUMN[query.by]} AS key, g.provider, g.quality,
        g.audio,
        count(*) AS generations, count(*) FILTER (WHERE g.status = 'succeeded') AS succeeded,
        sum(g."durationSeconds") FILTER (WHERE g.status = 'succeeded') AS billed
      FROM generation g WHERE ${scope}
      GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2`,
    // Counts per provider come from the buckets; only the successes are sorted for their median.
    prisma.$queryRaw<{ provider: string; median: number | null }[]>`
      SELECT g.provider, percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM g."finishedAt" - g."createdAt")) AS median
      FROM generation g WHERE ${scope} AND g.status = 'succeeded' AND g."finishedAt" IS NOT NULL GROUP BY 1`,
    prisma.$queryRaw<{ provider: string; reason: string; count: bigint }[]>`
      SELECT g.provider, coalesce(g."failureKind", g.status::text) AS reason, count(*) AS count
      FROM generation g WHERE ${scope} AND g.status IN ('failed', 'expired')
      GROUP BY 1, 2 ORDER BY 3 DESC`,
    query.by === "creator" ? prisma.user.findMany({ select: { id: true, name: true, email: true } }) : [],
  ]);
  const prices = config().prices;
  const names = new Map(creators.map((creator) => [creator.id, creator.name || creator.email]));
  const rows = new Map<string, UsageRow>();
  for (const bucket of buckets) {
    const period = bucket.period.toISOString().slice(0, 10);
    const id = `${period}|${bucket.key}`;
    const row = rows.get(id) ?? {
      period,
      key: bucket.key,
      label: names.get(bucket.key) ?? bucket.key,
      generations: 0,
      succeeded: 0,
      billedSeconds: 0,
      estimatedCost: null,
    };
    const billed = Number(bucket.billed ?? 0);
    row.generations += Number(bucket.generations);
    row.succeeded += Number(bucket.succeeded);
    row.billedSeconds += billed;
    const cost = isProviderId(bucket.provider)
      ? estimateCost(prices, {
          provider: bucket.provider,
          quality: bucket.quality as Quality,
          audio: bucket.audio,
          seconds: billed,
        })
      : null;
    if (cost !== null) row.estimatedCost = Math.round(((row.estimatedCost ?? 0) + cost) * 10_000) / 10_000;
    rows.set(id, row);
  }
  const totals = new Map<string, { generations: number; succeeded: number }>();
  for (const bucket of buckets) {
    const total = totals.get(bucket.provider) ?? { generations: 0, succeeded: 0 };
    total.generations += Number(bucket.generations);
    total.succeeded += Number(bucket.succeeded);
    totals.set(bucket.provider, total);
  }
  const providers: ProviderHealth[] = [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([provider, { generations, succeeded }]) => {
      const median = health.find((entry) => entry.provider === provider)?.median ?? null;
      return {
        provider,
        generations,
        succeeded,
        successRate: generations ? succeeded / generations : 0,
        medianSecondsToFinish: median === null ? null : Math.round(median * 10) / 10,
        failures: failures
          .filter((failure) => failure.provider === provider)
          .map((failure) => ({ reason: failure.reason, count: Number(failure.count) })),
      };
    });
  return {
    query,
    range: { from: from.toISOString().slice(0, 10), to: new Date(to.getTime() - DAY_MS).toISOString().slice(0, 10) },
    currency: prices.currency,
    rows: [...rows.values()],
    providers,
    team,
  };
}
