import "server-only";
import type PgBoss from "pg-boss";
import type { PrismaClient } from "@/lib/db/generated/client";
import {
  createProviderRegistry,
  isProviderId,
  loadProvidersConfig,
  type ProviderAdapter,
  type ProviderConnection,
  type ProviderId,
  type ProviderRegistry,
  type ProvidersConfig,
} from "@/lib/providers/server";
import type { Storage } from "@/lib/storage";
import { DEFAULT_POLL_POLICY, type PollPolicy } from "./poll-policy";
import type { CircuitSettings } from "./provider-health";
import { queueSettingsFromEnv } from "./queue";
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
  /** When a provider's circuit opens, and for how long (PROVIDER_CIRCUIT_FAILURES, PROVIDER_CIRCUIT_OPEN_SECONDS). */
  circuit: CircuitSettings;
};

const DEFAULT_QUERY_RATE = 10;

/** `<PREFIX>_QUERY_RPS` overrides the documented limit (DashScope: 20 per second per account). */
export function queryRateFor(registry: ProviderRegistry, providersConfig: ProvidersConfig) {
  return (provider: ProviderId) =>
    (providersConfig as Partial<Record<ProviderId, ProviderConnection>>)[provider]?.queryRps ??
    registry[provider].capabilities.polling.maxQueriesPerSecond ??
    DEFAULT_QUERY_RATE;
}

/** The engine's cadence, with whatever a provider's capability data says differently. */
export function pollPolicyFor(registry: ProviderRegistry) {
  return (provider: ProviderId): PollPolicy => ({
    ...DEFAULT_POLL_POLICY,
    ...registry[provider].capabilities.polling.cadence,
  });
}

function circuitSettings(): CircuitSettings {
  const { circuitFailures, circuitOpenSeconds } = queueSettingsFromEnv();
  return { failures: circuitFailures, openMs: circuitOpenSeconds * 1000 };
}

export function createTaskEngine(
  deps: Pick<TaskEngine, "prisma" | "boss" | "storage"> & Partial<Omit<TaskEngine, "prisma" | "boss" | "storage">>,
): TaskEngine {
  const providersConfig = deps.providersConfig ?? loadProvidersConfig();
  const registry = deps.registry ?? createProviderRegistry(providersConfig);
  return {
    providersConfig,
    registry,
    budget: postgresQueryBudget(deps.prisma),
    queryRate: queryRateFor(registry, providersConfig),
    pollPolicy: pollPolicyFor(registry),
    circuit: circuitSettings(),
    ...deps,
  };
}

/** A stored generation's adapter (its provider was checked when it was created). */
export function adapterFor(engine: TaskEngine, provider: string): ProviderAdapter {
  if (!isProviderId(provider)) throw new Error(`Provider ${provider} is not known to this studio.`);
  return engine.registry[provider];
}
