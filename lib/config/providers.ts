import type { Environment } from "./environment";
import { httpUrl, positiveInteger, positiveNumber, variableReader, type Section } from "./variables";
import { z } from "zod";

/** Each provider reached over the network reads its block of variables under this prefix. */
export const PROVIDER_ENV_PREFIX = {
  dashscope: "DASHSCOPE",
  "kling-gateway": "KLING_GATEWAY",
  "v3-gateway": "V3_GATEWAY",
  xcompute: "XCOMPUTE",
  kling: "KLING",
} as const;
export type ConfiguredProviderId = keyof typeof PROVIDER_ENV_PREFIX;

// Only DashScope (its Kling video API reference) and xcompute (its Kling v3 video generation
// reference) publish a base URL; the gateways are self-hosted or resold (the Kling gateway's and the
// v3 gateway's references show none), so their base URL must be configured.
const DEFAULT_BASE_URL: Partial<Record<ConfiguredProviderId, string>> = {
  dashscope: "https://dashscope.aliyuncs.com",
  xcompute: "https://xcompute.us",
  // Kling AI developer docs, general information: outside mainland China; https://api-beijing.klingai.com inside.
  kling: "https://api-singapore.klingai.com",
};

export const DEFAULT_TIMEOUT_MS = 30_000;

/** How to reach one provider, as configured. */
export type ProviderSettings = {
  apiKey?: string;
  /** Absent when the provider has no public default and none is configured. */
  baseUrl?: string;
  /** For providers whose query endpoint is undocumented; `{id}` stands for the task id. */
  queryPath?: string;
  timeoutMs: number;
  /** `<PREFIX>_QUERY_RPS`: queries per second allowed for the account, overriding the documented limit. */
  queryRps?: number;
  /** `<PREFIX>_CONCURRENCY`: tasks the account may run at once (per model family); absent: no limit known yet. */
  concurrency?: number;
  /** Kling only: the access key + secret key pair from which a JWT is signed (instead of an API key). */
  accessKey?: string;
  secretKey?: string;
  /** Kling only: the console's webhook secret (`whsec_…`) with which callbacks are signed. */
  webhookSecret?: string;
  /** Settings that were present but unusable, e.g. "DASHSCOPE_TIMEOUT_MS must be a positive integer (milliseconds)". */
  problems: string[];
};

const webhookSecret = z
  .string()
  .regex(/^whsec_[A-Za-z0-9+/=]+$/, { error: 'must be the console\'s secret, "whsec_" and Base64' });
const queryPath = z.string().startsWith("/", { error: 'must start with "/"' });

function readProvider(id: ConfiguredProviderId, env: Environment): ProviderSettings {
  const prefix = PROVIDER_ENV_PREFIX[id];
  const problems: string[] = [];
  const read = variableReader(env, problems);
  const baseUrlSet = Boolean(env[`${prefix}_BASE_URL`]?.trim());
  // A base URL that is set but unusable leaves none, rather than quietly using the public default.
  const baseUrl = baseUrlSet ? read(`${prefix}_BASE_URL`, httpUrl, undefined) : DEFAULT_BASE_URL[id];
  return {
    apiKey: read(`${prefix}_API_KEY`, z.string(), undefined),
    baseUrl,
    queryPath: read(`${prefix}_QUERY_PATH`, queryPath, undefined),
    timeoutMs: read(`${prefix}_TIMEOUT_MS`, positiveInteger("milliseconds"), DEFAULT_TIMEOUT_MS),
    queryRps: read(`${prefix}_QUERY_RPS`, positiveNumber("queries per second"), undefined),
    concurrency: read(`${prefix}_CONCURRENCY`, positiveInteger("tasks"), undefined),
    ...(id === "kling" && {
      accessKey: read("KLING_ACCESS_KEY", z.string(), undefined),
      secretKey: read("KLING_SECRET_KEY", z.string(), undefined),
      webhookSecret: read("KLING_WEBHOOK_SECRET", webhookSecret, undefined),
    }),
    problems,
  };
}

export type ProvidersSettings = Record<ConfiguredProviderId, ProviderSettings>;

/** The providers section: one block per provider (`<PREFIX>_API_KEY`, `_BASE_URL`, `_QUERY_PATH`, `_TIMEOUT_MS`, `_QUERY_RPS`). */
export function readProvidersSection(env: Environment): Section<ProvidersSettings> {
  const ids = Object.keys(PROVIDER_ENV_PREFIX) as ConfiguredProviderId[];
  const value = Object.fromEntries(ids.map((id) => [id, readProvider(id, env)])) as ProvidersSettings;
  return { value, problems: ids.flatMap((id) => value[id].problems) };
}
