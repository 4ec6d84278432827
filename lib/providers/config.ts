import type { RetryPolicy } from "./http";
import { REMOTE_PROVIDERS, type ProviderId, type RemoteProviderId } from "./ids";

/** How to reach one provider. Adapter factories take this, so tests can point them at fake servers. */
export type ProviderConnection = {
  apiKey?: string;
  /** Absent when the provider has no public default and none is configured. */
  baseUrl?: string;
  /** For providers whose query endpoint is undocumented; `{id}` stands for the task id. */
  queryPath?: string;
  timeoutMs: number;
  retry?: Partial<RetryPolicy>;
  /** Settings that were present but unusable, e.g. "DASHSCOPE_TIMEOUT_MS must be a positive integer". */
  problems?: string[];
};

export type ProvidersConfig = Record<RemoteProviderId, ProviderConnection>;

export const PROVIDER_ENV_PREFIX: Record<RemoteProviderId, string> = {
  dashscope: "DASHSCOPE",
  "kling-gateway": "KLING_GATEWAY",
  "v3-gateway": "V3_GATEWAY",
  xcompute: "XCOMPUTE",
};

// Only DashScope (its Kling video API reference) and xcompute (its Kling v3 video generation reference) publish a base URL; the gateways are self-hosted
// or resold (the Kling gateway's and the v3 gateway's references show none), so their base URL must be configured.
const DEFAULT_BASE_URL: Partial<Record<RemoteProviderId, string>> = {
  dashscope: "https://dashscope.aliyuncs.com",
  xcompute: "https://xcompute.us",
};

export const DEFAULT_TIMEOUT_MS = 30_000;

type Env = Record<string, string | undefined>;

function readConnection(id: RemoteProviderId, env: Env): ProviderConnection {
  const prefix = PROVIDER_ENV_PREFIX[id];
  const value = (name: string) => env[`${prefix}_${name}`]?.trim() || undefined;
  const problems: string[] = [];

  let baseUrl = value("BASE_URL") ?? DEFAULT_BASE_URL[id];
  if (baseUrl && !/^https?:\/\/[^\s]+$/i.test(baseUrl)) {
    problems.push(`${prefix}_BASE_URL must be an http(s) URL`);
    baseUrl = undefined;
  }
  const timeoutText = value("TIMEOUT_MS");
  const timeoutMs = timeoutText === undefined ? DEFAULT_TIMEOUT_MS : Number(timeoutText);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0)
    problems.push(`${prefix}_TIMEOUT_MS must be a positive integer (milliseconds)`);
  const queryPath = value("QUERY_PATH");
  if (queryPath && !queryPath.startsWith("/")) problems.push(`${prefix}_QUERY_PATH must start with "/"`);

  return {
    apiKey: value("API_KEY"),
    baseUrl,
    queryPath,
    timeoutMs: problems.length ? DEFAULT_TIMEOUT_MS : timeoutMs,
    problems,
  };
}

/** The only place provider settings are read from the environment. */
export function loadProvidersConfig(env: Env = process.env): ProvidersConfig {
  return Object.fromEntries(REMOTE_PROVIDERS.map((id) => [id, readConnection(id, env)])) as ProvidersConfig;
}

/** Whether a provider can be used with this configuration, and why not. The simulator always can. */
export function providerAvailability(
  config: ProvidersConfig,
  id: ProviderId,
): { available: true } | { available: false; reason: string } {
  if (id === "simulator") return { available: true };
  const connection = config[id];
  const prefix = PROVIDER_ENV_PREFIX[id];
  const problems = connection.problems ?? [];
  const reasons = [...problems];
  if (!connection.apiKey) reasons.push(`no API key configured (set ${prefix}_API_KEY)`);
  if (!connection.baseUrl && !problems.some((problem) => problem.startsWith(`${prefix}_BASE_URL`))) {
    reasons.push(`no base URL configured (set ${prefix}_BASE_URL)`);
  }
  return reasons.length ? { available: false, reason: reasons.join("; ") } : { available: true };
}
