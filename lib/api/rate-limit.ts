import "server-only";
import { prisma } from "@/lib/db/client";

// A fixed one-minute window per caller, counted in PostgreSQL so every web process shares it.

const WINDOW_MS = 60_000;

export type RateVerdict = { allowed: boolean; limit: number; remaining: number; resetSeconds: number };

/** Counts one request for `key` and says whether it is within `limit` per minute. */
export async function takeRequest(key: string, limit: number, now = Date.now()): Promise<RateVerdict> {
  const windowStart = new Date(Math.floor(now / WINDOW_MS) * WINDOW_MS);
  const [row] = await prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO api_rate_window (key, "windowStart", count) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, "windowStart") DO UPDATE SET count = api_rate_window.count + 1
    RETURNING count`;
  // Old windows are swept now and then, by whichever request happens to draw it.
  if (Math.random() < 0.01)
    void prisma.apiRateWindow
      .deleteMany({ where: { windowStart: { lt: new Date(now - 10 * WINDOW_MS) } } })
      .catch(() => undefined);
  const count = Number(row?.count ?? 1);
  const resetSeconds = Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - now) / 1000));
  return { allowed: count <= limit, limit, remaining: Math.max(0, limit - count), resetSeconds };
}

/** The IETF RateLimit headers (draft-ietf-httpapi-ratelimit-headers), plus Retry-After when refused. */
export function rateLimitHeaders(verdict: RateVerdict): Record<string, string> {
  return {
    "RateLimit-Limit": String(verdict.limit),
    "RateLimit-Remaining": String(verdict.remaining),
    "RateLimit-Reset": String(verdict.resetSeconds),
    ...(verdict.allowed ? {} : { "Retry-After": String(verdict.resetSeconds) }),
  };
}
