import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { ProviderError } from "@/lib/providers/server";

// Each provider's circuit: a run of failures that are the provider's and not the request's (5xx, timeouts, no
// connection, 429 without a retry time) opens it; while open no generation is sent there; after a while one probe
// is sent, and its outcome closes the circuit or opens it again. Shared by every worker through PostgreSQL.

export type CircuitSettings = { failures: number; openMs: number };
export type CircuitState = "closed" | "open" | "half_open";

/** A probe that never reported back (its worker died) is given up after this, so another may probe. */
const PROBE_TIMEOUT_MS = 5 * 60 * 1000;

/** Whether a failed create says the provider is in trouble, rather than that the request was wrong. */
export function isProviderFault(error: unknown): boolean {
  if (!(error instanceof ProviderError)) return false;
  if (error.concurrencyLimited) return false;
  if (error.kind === "rate_limited") return error.retryAfterSeconds === undefined;
  return (
    error.kind === "timeout" ||
    error.kind === "provider_unavailable" ||
    (error.httpStatus !== undefined && error.httpStatus >= 500)
  );
}

/** Whether the circuit keeps generations away now (without claiming its probe). */
export async function circuitIsOpen(
  prisma: PrismaClient,
  provider: string,
  settings: CircuitSettings,
): Promise<boolean> {
  const health = await prisma.providerHealth.findUnique({ where: { provider } });
  if (!health || health.state === "closed") return false;
  if (health.state === "half_open") return true;
  return Date.now() < (health.openedAt?.getTime() ?? 0) + settings.openMs;
}

export type Admission = { admitted: true; probe: boolean } | { admitted: false; retryInMs: number; reason: string };

/** Whether a generation may be sent to this provider now; an open circuit lets exactly one probe through. */
export async function admitSubmission(
  prisma: PrismaClient,
  provider: string,
  settings: CircuitSettings,
  now = new Date(),
): Promise<Admission> {
  const health = await prisma.providerHealth.findUnique({ where: { provider } });
  if (!health || health.state === "closed") return { admitted: true, probe: false };
  const reason = health.lastError ?? "it failed repeatedly";
  const reopensAt = (health.openedAt?.getTime() ?? 0) + settings.openMs;
  if (health.state === "open" && now.getTime() < reopensAt)
    return { admitted: false, retryInMs: reopensAt - now.getTime() + 100, reason };
  // Past the wait: the first to claim the probe sends; the others keep waiting.
  const probing = await prisma.providerHealth.updateMany({
    where: {
      provider,
      OR: [
        { state: "open", openedAt: { lte: new Date(now.getTime() - settings.openMs) } },
        { state: "half_open", probeSince: { lt: new Date(now.getTime() - PROBE_TIMEOUT_MS) } },
      ],
    },
    data: { state: "half_open", probeSince: now },
  });
  if (probing.count === 1) return { admitted: true, probe: true };
  return { admitted: false, retryInMs: 2_000, reason };
}

/** The outcome of a create: a success (or a refusal of the request) closes the circuit; a provider fault counts. */
export async function recordSubmission(
  prisma: PrismaClient,
  provider: string,
  settings: CircuitSettings,
  outcome: { ok: true } | { ok: false; error: unknown },
): Promise<CircuitState> {
  if (outcome.ok || !isProviderFault(outcome.error)) {
    await prisma.providerHealth.upsert({
      where: { provider },
      create: { provider },
      update: { state: "closed", consecutiveFailures: 0, openedAt: null, probeSince: null },
    });
    return "closed";
  }
  const message = outcome.error instanceof ProviderError ? outcome.error.userMessage : String(outcome.error);
  const [row] = await prisma.$queryRaw<{ state: CircuitState }[]>`
    INSERT INTO provider_health (provider, state, "consecutiveFailures", "openedAt", "lastError", "updatedAt")
    VALUES (${provider}, CASE WHEN 1 >= ${settings.failures} THEN 'open' ELSE 'closed' END, 1,
            CASE WHEN 1 >= ${settings.failures} THEN now() END, ${message}, now())
    ON CONFLICT (provider) DO UPDATE SET
      "consecutiveFailures" = provider_health."consecutiveFailures" + 1,
      "lastError" = EXCLUDED."lastError",
      "updatedAt" = now(),
      -- A failed probe, or the run reaching the threshold, opens (again) from now.
      state = CASE WHEN provider_health.state = 'half_open'
                     OR provider_health."consecutiveFailures" + 1 >= ${settings.failures} THEN 'open'
                   ELSE provider_health.state END,
      "openedAt" = CASE WHEN provider_health.state = 'half_open'
                          OR (provider_health.state = 'closed' AND provider_health."consecutiveFailures" + 1 >= ${settings.failures})
                        THEN now() ELSE provider_health."openedAt" END,
      "probeSince" = NULL
    RETURNING state`;
  return row?.state ?? "closed";
}

export type ProviderHealthView = {
  provider: string;
  state: CircuitState;
  consecutiveFailures: number;
  lastError: string | null;
  openedAt: string | null;
};

export async function readProviderHealth(prisma: PrismaClient): Promise<ProviderHealthView[]> {
  const rows = await prisma.providerHealth.findMany({ orderBy: { provider: "asc" } });
  return rows.map((row) => ({
    provider: row.provider,
    state: row.state as CircuitState,
    consecutiveFailures: row.consecutiveFailures,
    lastError: row.lastError,
    openedAt: row.openedAt?.toISOString() ?? null,
  }));
}
