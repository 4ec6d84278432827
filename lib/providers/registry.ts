import { providerAvailability, type ProvidersConfig } from "./config";
import { createDashScopeAdapter } from "./dashscope/adapter";
import { ProviderError } from "./errors";
import { isProviderId, PROVIDER_LABELS, PROVIDERS, type ProviderId } from "./ids";
import { createKlingAdapter } from "./kling/adapter";
import { createKlingGatewayAdapter } from "./kling-gateway/adapter";
import { createSimulatorAdapter } from "./simulator/adapter";
import type { ProviderAdapter } from "./types";
import type { Violation } from "./validation";
import { createV3GatewayAdapter } from "./v3-gateway/adapter";
import { createXComputeAdapter } from "./xcompute/adapter";

export type AdapterFactory = (config: ProvidersConfig) => ProviderAdapter;

/** One line per provider: a provider without an adapter fails to compile. */
export const ADAPTER_FACTORIES: Record<ProviderId, AdapterFactory> = {
  dashscope: (config) => createDashScopeAdapter(config.dashscope),
  "kling-gateway": (config) => createKlingGatewayAdapter(config["kling-gateway"]),
  simulator: () => createSimulatorAdapter(),
  "v3-gateway": (config) => createV3GatewayAdapter(config["v3-gateway"]),
  xcompute: (config) => createXComputeAdapter(config.xcompute),
  kling: (config) => createKlingAdapter(config.kling),
};

export type ProviderRegistry = Record<ProviderId, ProviderAdapter>;

/**
 * Builds every adapter (construction does no I/O). Tests register doubles by passing their own
 * factories for some providers, never through branches in production code.
 */
export function createProviderRegistry(
  config: ProvidersConfig,
  overrides: Partial<Record<ProviderId, AdapterFactory>> = {},
): ProviderRegistry {
  return Object.fromEntries(
    PROVIDERS.map((id) => [id, (overrides[id] ?? ADAPTER_FACTORIES[id])(config)]),
  ) as ProviderRegistry;
}

export { isProviderId };

export type AdapterLookup = { ok: true; adapter: ProviderAdapter } | { ok: false; violation: Violation };

/**
 * The one lookup of an adapter for a request: the provider must exist and be configured here.
 * Anything else is a violation on `provider`, in words for the person who chose it.
 */
export function lookUpAdapter(registry: ProviderRegistry, config: ProvidersConfig, provider: unknown): AdapterLookup {
  if (!isProviderId(provider)) {
    const message =
      typeof provider === "string" ? `There is no provider called "${provider.slice(0, 100)}".` : "Choose a provider.";
    return { ok: false, violation: { path: "provider", rule: "provider_unknown", message, severity: "error" } };
  }
  const availability = providerAvailability(config, provider);
  if (!availability.available) {
    return {
      ok: false,
      violation: {
        path: "provider",
        rule: "provider_unavailable",
        message: `This provider cannot be used: ${availability.reason}.`,
        severity: "error",
      },
    };
  }
  return { ok: true, adapter: registry[provider] };
}

export type ProviderListing = {
  id: ProviderId;
  label: string;
  available: boolean;
  /** Why it cannot be used, in words for an administrator. */
  reason?: string;
  /** The variables to set, when that is all that is wrong (the studio words it in the admin's language). */
  missing?: string[];
};

export function listProviders(config: ProvidersConfig): ProviderListing[] {
  return PROVIDERS.map((id) => {
    const label = PROVIDER_LABELS[id];
    const availability = providerAvailability(config, id);
    return availability.available
      ? { id, label, available: true }
      : {
          id,
          label,
          available: false,
          reason: availability.reason,
          ...(availability.missing.length > 0 && { missing: availability.missing }),
        };
  });
}

/** The adapter for a provider, or a ProviderError (provider_unavailable) saying why it cannot be used. */
export function getProviderAdapter(
  registry: ProviderRegistry,
  config: ProvidersConfig,
  id: ProviderId,
): ProviderAdapter {
  const availability = providerAvailability(config, id);
  if (availability.available) return registry[id];
  const { reason } = availability;
  throw new ProviderError({
    provider: id,
    kind: "provider_unavailable",
    code: "provider_not_configured",
    message: `${PROVIDER_LABELS[id]} cannot be used: ${reason}`,
    userMessage: `${PROVIDER_LABELS[id]} is not available on this server: ${reason}.`,
  });
}
