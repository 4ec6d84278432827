// The providers Kling Studio can talk to. Order is display order.
export const PROVIDERS = ["simulator", "dashscope", "kling-gateway", "v3-gateway", "xcompute", "kling"] as const;
export type ProviderId = (typeof PROVIDERS)[number];

/** Providers reached over HTTP with an API key (everything but the in-process simulator). */
export type RemoteProviderId = Exclude<ProviderId, "simulator">;
export const REMOTE_PROVIDERS = PROVIDERS.filter((id): id is RemoteProviderId => id !== "simulator");

export const PROVIDER_LABELS: Record<ProviderId, string> = {
  simulator: "Simulator (no real generation)",
  dashscope: "Alibaba Cloud Model Studio (DashScope)",
  "kling-gateway": "Kling gateway",
  "v3-gateway": "Kling v3 gateway",
  xcompute: "xcompute",
  kling: "Kling AI (official API)",
};

export function isProviderId(value: unknown): value is ProviderId {
  return typeof value === "string" && (PROVIDERS as readonly string[]).includes(value);
}
