import { providerAvailability, type ProvidersConfig } from "./config";
import { createDashScopeAdapter } from "./dashscope/adapter";
import { ProviderError } from "./errors";
import { PROVIDER_LABELS, PROVIDERS, type ProviderId } from "./ids";
import { createKlingGatewayAdapter } from "./kling-gateway/adapter";
import { createSimulatorAdapter } from "./simulator/adapter";
import type { ProviderAdapter } from "./types";
import { createV3GatewayAdapter } from "./v3-gateway/adapter";
import { createXComputeAdapter } from "./xcompute/adapter";

export type AdapterFactory = (config: ProvidersConfig) => ProviderAdapter;

/**
 * One line per implemented provider. When all five exist, change `Partial<Record<…>>` to
 * `Record<ProviderId, AdapterFactory>` here and in ProviderRegistry so a missing one fails to compile.
 */
export const ADAPTER_FACTORIES: Partial<Record<ProviderId, AdapterFactory>> = {
  dashscope: (config) => createDashScopeAdapter(config.dashscope),
  "kling-gateway": (config) => createKlingGatewayAdapter(config["kling-gateway"]),
  simulator: () => createSimulatorAdapter(),
  "v3-gateway": (config) => createV3GatewayAdapter(config["v3-gateway"]),
  xcompute: (config) => createXComputeAdapter(config.xcompute),
};

export type ProviderRegistry = Partial<Record<ProviderId, ProviderAdapter>>;

/**
 * Builds every implemented adapter (construction does no I/O). Tests register doubles by passing
 * their own factories, never through branches in production code.
 */
export function createProviderRegistry(config: ProvidersConfig, factories: Partial<Record<ProviderId, AdapterFactory>> = ADAPTER_FACTORIES): ProviderRegistry {
  const registry: ProviderRegistry = {};
  for (const id of PROVIDERS) {
    const factory = factories[id];
    if (factory) registry[id] = factory(config);
  }
  return registry;
}

const NOT_IMPLEMENTED = "not supported by this version of Kling Studio yet";

export type ProviderListing = {
  id: ProviderId;
  label: string;
  available: boolean;
  /** Why it cannot be used, in words for an administrator. */
  reason?: string;
};

export function listProviders(config: ProvidersConfig, registry: ProviderRegistry = createProviderRegistry(config)): ProviderListing[] {
  return PROVIDERS.map((id) => {
    const label = PROVIDER_LABELS[id];
    if (!registry[id]) return { id, label, available: false, reason: NOT_IMPLEMENTED };
    const availability = providerAvailability(config, id);
    return availability.available ? { id, label, available: true } : { id, label, available: false, reason: availability.reason };
  });
}

/** The adapter for a provider, or a ProviderError (provider_unavailable) saying why it cannot be used. */
export function getProviderAdapter(registry: ProviderRegistry, config: ProvidersConfig, id: ProviderId): ProviderAdapter {
  const adapter = registry[id];
  const availability = providerAvailability(config, id);
  if (adapter && availability.available) return adapter;
  const reason = !adapter ? NOT_IMPLEMENTED : availability.available ? "" : availability.reason;
  throw new ProviderError({
    provider: id,
    kind: "provider_unavailable",
    code: "provider_not_configured",
    message: `${PROVIDER_LABELS[id]} cannot be used: ${reason}`,
    userMessage: `${PROVIDER_LABELS[id]} is not available on this server: ${reason}.`,
  });
}
