import { describe, expect, it } from "vitest";

const { prisma } = await import("@/lib/db/client");
const { acquireQuerySlot, memoryQueryBudget, postgresQueryBudget } = await import("./query-budget");

/** Most queries released within any window of `windowMs`. */
function densest(times: number[], windowMs: number) {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let start = 0, end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= windowMs) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

describe("query budget", () => {
  it("spaces concurrent callers in PostgreSQL so no second holds more than the rate", async () => {
    const budget = postgresQueryBudget(prisma);
    const provider = `budget-test-${Date.now()}`;
    const released: number[] = [];
    // Two "processes" (separate budgets over one table) racing for 60 queries at 20 per second.
    await Promise.all(
      Array.from({ length: 60 }, async (_, index) => {
        const own = index % 2 ? budget : postgresQueryBudget(prisma);
        for (;;) {
          const slot = await acquireQuerySlot(own, provider, 20, 5_000);
          if (slot.granted) break;
          await new Promise((resolve) => setTimeout(resolve, slot.retryInMs));
        }
        released.push(Date.now());
      }),
    );
    expect(released).toHaveLength(60);
    expect(densest(released, 1_000)).toBeLessThanOrEqual(20);
    // And it is used, not wasted: 60 queries take about three seconds.
    expect(Math.max(...released) - Math.min(...released)).toBeLessThan(4_000);
  }, 20_000);

  it("refuses a slot beyond the horizon and says when to come back", async () => {
    const budget = memoryQueryBudget(() => 0);
    expect(await budget.reserve("p", 1, 500)).toEqual({ granted: true, waitMs: 0 });
    const refused = await budget.reserve("p", 1, 500);
    expect(refused.granted).toBe(false);
    expect(refused.granted === false && refused.retryInMs).toBeGreaterThan(0);
  });
});
