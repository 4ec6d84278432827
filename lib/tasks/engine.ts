import "server-only";
import type PgBoss from "pg-boss";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createProviderRegistry, loadProvidersConfig, type ProviderAdapter, type ProviderId, type ProviderRegistry, type ProvidersConfig } from "@/lib/providers/server";
import type { Storage } from "@/lib/storage";
import { DEFAULT_POLL_POLICY, type PollPolicy } from "./poll-policy";
import { postgresQueryBudget, type QueryBudget } from "./query-budget";

/** Everything a step needs, passed in so tests and the benchmark can point it at fakes. */
export type TaskEngine = {
  prisma: PrismaClient;
  boss: PgBoss;
  providersConfig: ProvidersConfig;
  registry: ProviderRegistry;
  storage: Storage;
  budget: QueryBudget;
  /** Queries per second allowed per provider account. */
  queryRate: (provider: ProviderId) => number;
  pollPolicy: (provider: ProviderId) => PollPolicy;
  /** Where providers POST status changes, when the studio has a public address. */
  callbackBaseUrl?: string;
};

const DEFAULT_QUERY_RATE = 10;
const SIMULATOR_POLL_POLICY: PollPolicy = { minIntervalMs: 500, maxIntervalMs: 5_000, windowIntervalMs: 1_000, lateBackoff: 1.5 };

/** `<PREFIX>_QUERY_RPS` overrides the documented limit (DashScope: 20 per second per account). */
export function queryRateFromEnv(registry: ProviderRegistry, env: Record<string, string | undefined> = process.env) {
  return (provider: ProviderId) => {
    const configured = Number(env[`${provider.toUpperCase().replace("-", "_")}_QUERY_RPS`]);
    if (Number.isFinite(configured) && configured > 0) return configured;
    return registry[provider]?.capabilities.polling.maxQueriesPerSecond ?? (provider === "simulator" ? 50 : DEFAULT_QUERY_RATE);
  };
}

export function pollPolicyFor(provider: ProviderId): PollPolicy {
  return provider === "simulator" ? SIMULATOR_POLL_POLICY : DEFAULT_POLL_POLICY;
}

export function createTaskEngine(
  deps: Pick<TaskEngine, "prisma" | "boss" | "storage"> & Partial<Omit<TaskEngine, "prisma" | "boss" | "storage">>,
  env: Record<string, string | undefined> = process.env,
): TaskEngine {
  const providersConfig = deps.providersConfig ?? loadProvidersConfig(env);
  const registry = deps.registry ?? createProviderRegistry(providersConfig);
  return {
    providersConfig,
    registry,
    budget: postgresQueryBudget(deps.prisma),
    queryRate: queryRateFromEnv(registry, env),
    pollPolicy: pollPolicyFor,
    ...deps,
  };
}

export function adapterFor(engine: TaskEngine, provider: string): ProviderAdapter {
  const adapter = engine.registry[provider as ProviderId];
  if (!adapter) throw new Error(`Provider ${provider} is not available in this studio.`);
  return adapter;
}
