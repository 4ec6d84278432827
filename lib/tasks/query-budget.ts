/**
 * A provider's query budget (DashScope: 20 queries per second per account), shared by every
 * process: each query reserves the next free slot, slots are 1/rate apart, so no window of
 * one second ever holds more than `rate` queries, however many tasks and workers there are.
 */
/** Spacing below the documented limit, so timer jitter between processes never adds up to a breach. */
export const BUDGET_SAFETY = 0.9;

export type SlotReservation = { granted: true; waitMs: number } | { granted: false; retryInMs: number };

export type QueryBudget = {
  /** Reserves a slot within `horizonMs`, or says when to come back. */
  reserve(provider: string, ratePerSecond: number, horizonMs: number): Promise<SlotReservation>;
};

export type SqlExecutor = { $queryRaw<T>(query: TemplateStringsArray, ...values: unknown[]): Promise<T> };

/** Reservations in PostgreSQL: one row per provider holds the next free slot. */
export function postgresQueryBudget(db: SqlExecutor): QueryBudget {
  return {
    async reserve(provider, ratePerSecond, horizonMs) {
      const spacingMs = 1000 / ratePerSecond;
      // Insert-or-advance in one statement, and only when the slot is near enough to wait for:
      // a far slot stays free for tasks that come back later instead of being held.
      const rows = await db.$queryRaw<{ waitMs: number; granted: boolean }[]>`
        WITH now AS (SELECT clock_timestamp() AS t),
        advanced AS (
          INSERT INTO provider_query_budget (provider, "nextSlotAt")
          SELECT ${provider}, (SELECT t FROM now) + make_interval(secs => ${spacingMs / 1000})
          ON CONFLICT (provider) DO UPDATE
            SET "nextSlotAt" = GREATEST(provider_query_budget."nextSlotAt", (SELECT t FROM now)) + make_interval(secs => ${spacingMs / 1000})
            WHERE provider_query_budget."nextSlotAt" <= (SELECT t FROM now) + make_interval(secs => ${horizonMs / 1000})
          RETURNING "nextSlotAt"
        )
        SELECT GREATEST(0, EXTRACT(EPOCH FROM ("nextSlotAt" - (SELECT t FROM now))) * 1000 - ${spacingMs})::float8 AS "waitMs", true AS granted FROM advanced
        UNION ALL
        SELECT GREATEST(0, EXTRACT(EPOCH FROM ("nextSlotAt" - (SELECT t FROM now))) * 1000 - ${horizonMs})::float8, false
        FROM provider_query_budget WHERE provider = ${provider} AND NOT EXISTS (SELECT 1 FROM advanced)`;
      const row = rows[0];
      if (!row) return { granted: false, retryInMs: spacingMs };
      return row.granted
        ? { granted: true, waitMs: row.waitMs }
        : { granted: false, retryInMs: Math.max(spacingMs, row.waitMs) };
    },
  };
}

/** The same reservations in one process's memory (the polling benchmark, single-process tools). */
export function memoryQueryBudget(now: () => number = Date.now): QueryBudget {
  const nextSlot = new Map<string, number>();
  return {
    async reserve(provider, ratePerSecond, horizonMs) {
      const spacingMs = 1000 / ratePerSecond;
      const t = now();
      const slot = Math.max(nextSlot.get(provider) ?? t, t);
      if (slot > t + horizonMs) return { granted: false, retryInMs: slot - t - horizonMs + spacingMs };
      nextSlot.set(provider, slot + spacingMs);
      return { granted: true, waitMs: slot - t };
    },
  };
}

const lastRelease = new Map<string, number>();

/**
 * Waits for a slot: sleeps through near ones, returns `granted: false` when the budget is booked
 * further ahead. Timers fire late under load and would release several queries at once, so the
 * releases of this process are also kept at least one slot apart, measured when they happen.
 */
export async function acquireQuerySlot(
  budget: QueryBudget,
  provider: string,
  ratePerSecond: number,
  horizonMs: number,
): Promise<SlotReservation> {
  const reservation = await budget.reserve(provider, ratePerSecond, horizonMs);
  if (!reservation.granted) return reservation;
  if (reservation.waitMs > 0) await sleep(reservation.waitMs);
  const spacingMs = 1000 / ratePerSecond;
  for (;;) {
    const gap = (lastRelease.get(provider) ?? 0) + spacingMs - Date.now();
    if (gap <= 0) break;
    await sleep(gap);
  }
  lastRelease.set(provider, Date.now());
  return reservation;
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
