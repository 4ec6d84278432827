import { currentEnvironment, type Environment } from "@/lib/config/environment";
import {
  PROVIDER_ENV_PREFIX,
  readProvidersSection,
  type ConfiguredProviderId,
  type ProviderSettings,
} from "@/lib/config/providers";
import type { RetryPolicy } from "./http";
import type { ProviderId, RemoteProviderId } from "./ids";

/** How to reach one provider. Adapter factories take this, so tests can point them at fake servers. */
export type ProviderConnection = Omit<ProviderSettings, "problems"> & {
  retry?: Partial<RetryPolicy>;
  problems?: string[];
};

export type ProvidersConfig = Record<RemoteProviderId, ProviderConnection>;

// Every provider reached over the network has its block of settings, and only those do.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const EVERY_PROVIDER_CONFIGURED: Same<ConfiguredProviderId, RemoteProviderId> = true;

export { DEFAULT_TIMEOUT_MS, PROVIDER_ENV_PREFIX } from "@/lib/config/providers";

/** The providers section of the configuration (lib/config), for the adapters. */
export function loadProvidersConfig(env: Environment = currentEnvironment()): ProvidersConfig {
  return readProvidersSection(env).value;
}

/**
 * Whether a provider can be used with this configuration, and why not: a sentence, and the
 * variables to set when nothing else is wrong. The simulator always can.
 */
export function providerAvailability(
  config: ProvidersConfig,
  id: ProviderId,
): { available: true } | { available: false; reason: string; missing: string[] } {
  if (id === "simulator") return { available: true };
  const connection = config[id];
  const prefix = PROVIDER_ENV_PREFIX[id];
  const problems = connection.problems ?? [];
  const reasons = [...problems];
  const missing: string[] = [];
  // Kling AI developer docs, authentication: an API key, or an access key + secret key pair to sign a JWT with.
  const signsIn = Boolean(connection.apiKey) || Boolean(connection.accessKey && connection.secretKey);
  if (!signsIn && id === "kling") {
    reasons.push(`no credentials configured (set ${prefix}_API_KEY, or ${prefix}_ACCESS_KEY and ${prefix}_SECRET_KEY)`);
    missing.push(`${prefix}_API_KEY`);
  } else if (!signsIn) {
    reasons.push(`no API key configured (set ${prefix}_API_KEY)`);
    missing.push(`${prefix}_API_KEY`);
  }
  if (!connection.baseUrl && !problems.some((problem) => problem.startsWith(`${prefix}_BASE_URL`))) {
    reasons.push(`no base URL configured (set ${prefix}_BASE_URL)`);
    missing.push(`${prefix}_BASE_URL`);
  }
  if (!reasons.length) return { available: true };
  // `missing` only when unset variables are the whole story; other problems keep their sentence.
  return { available: false, reason: reasons.join("; "), missing: problems.length ? [] : missing };
}
