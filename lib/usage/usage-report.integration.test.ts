import { beforeAll, describe, expect, it } from "vitest";

// Prices are configuration: read once, when the report first needs them.
process.env.PRICE_SIMULATOR_STD = "0.1";
process.env.PRICE_DASHSCOPE_PRO = "0.14";
process.env.PRICE_DASHSCOPE_PRO_AUDIO = "0.2";

const { prisma } = await import("@/lib/db/client");
const { usageReport } = await import("./usage-report");
const { usageCsv, UsageQuerySchema } = await import("./usage-query");

const admin = { id: "admin-id", role: "admin" as const };
const member = { id: "member-id", role: "member" as const };

type Seed = [
  creator: string,
  provider: string,
  quality: string,
  audio: boolean,
  seconds: number,
  status: string,
  day: string,
  kind?: string,
];
// Two days, two creators, two providers: every sum below can be checked by hand.
const SEEDS: Seed[] = [
  ["admin-id", "simulator", "std", false, 5, "succeeded", "2026-11-10"],
  ["admin-id", "simulator", "std", false, 10, "succeeded", "2026-11-10"],
  ["member-id", "simulator", "std", false, 5, "failed", "2026-11-10", "content_rejected"],
  ["member-id", "dashscope", "pro", false, 5, "succeeded", "2026-11-11"],
  ["member-id", "dashscope", "pro", true, 10, "succeeded", "2026-11-11"],
  ["admin-id", "dashscope", "pro", false, 5, "failed", "2026-11-11", "rate_limited"],
  ["admin-id", "dashscope", "pro", false, 5, "canceled", "2026-11-11"],
];

beforeAll(async () => {
  for (const user of [admin, member])
    await prisma.user.create({
      data: { id: user.id, name: user.id.replace("-id", ""), email: `${user.id}@example.com`, role: user.role },
    });
  for (const [creatorId, provider, quality, audio, seconds, status, day, kind] of SEEDS) {
    const createdAt = new Date(`${day}T10:00:00Z`);
    await prisma.generation.create({
      data: {
        creatorId,
        provider,
        model: "m",
        mode: "text",
        request: { prompt: "p", audio },
        audio,
        quality,
        durationSeconds: seconds,
        status: status as "succeeded",
        error: kind ? { kind, message: kind } : undefined,
        createdAt,
        finishedAt: status === "succeeded" ? new Date(createdAt.getTime() + seconds * 6_000) : undefined,
      },
    });
  }
});

const query = (input: object) => UsageQuerySchema.parse({ from: "2026-11-01", to: "2026-11-30", ...input });

describe("usage", () => {
  it("sums billed seconds and costs per day and provider for the team", async () => {
    const report = await usageReport(query({ period: "day", by: "provider" }), admin);
    expect(report.team).toBe(true);
    expect(report.rows).toEqual([
      expect.objectContaining({
        period: "2026-11-10",
        key: "simulator",
        generations: 3,
        succeeded: 2,
        billedSeconds: 15,
        estimatedCost: 1.5,
      }),
      // 5 s at 0.14 and 10 s with audio at 0.2.
      expect.objectContaining({
        period: "2026-11-11",
        key: "dashscope",
        generations: 4,
        succeeded: 2,
        billedSeconds: 15,
        estimatedCost: 2.7,
      }),
    ]);
    expect(report.rows.reduce((sum, row) => sum + row.billedSeconds, 0)).toBe(30);
  });

  it("splits by creator with names, a month at a time, and shows a member only their own", async () => {
    const byCreator = await usageReport(query({ period: "month", by: "creator" }), admin);
    expect(byCreator.rows.map((row) => [row.period, row.label, row.generations, row.billedSeconds])).toEqual([
      ["2026-11-01", "admin", 4, 15],
      ["2026-11-01", "member", 3, 15],
    ]);
    const own = await usageReport(query({ by: "creator" }), member);
    expect(own.team).toBe(false);
    expect(new Set(own.rows.map((row) => row.key))).toEqual(new Set(["member-id"]));
  });

  it("reports each provider's success rate, failure reasons and median time to finish", async () => {
    const { providers } = await usageReport(query({}), admin);
    expect(providers).toEqual([
      {
        provider: "dashscope",
        generations: 4,
        succeeded: 2,
        successRate: 0.5,
        medianSecondsToFinish: 45,
        failures: [{ reason: "rate_limited", count: 1 }],
      },
      {
        provider: "simulator",
        generations: 3,
        succeeded: 2,
        successRate: 2 / 3,
        medianSecondsToFinish: 45,
        failures: [{ reason: "content_rejected", count: 1 }],
      },
    ]);
  });

  it("exports the same rows as CSV", async () => {
    const csv = usageCsv(await usageReport(query({ by: "provider" }), admin));
    expect(csv.trim().split("\n")).toEqual([
      "period,provider,generations,succeeded,billed_seconds,estimated_cost_USD",
      "2026-11-10,simulator,3,2,15,1.5",
      "2026-11-11,dashscope,4,2,15,2.7",
    ]);
  });
});
