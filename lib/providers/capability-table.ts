import type { ProviderCapabilities } from "./capabilities";
import { DASHSCOPE_CAPABILITIES } from "./dashscope/capabilities";
import type { ProviderId } from "./ids";
import { KLING_CAPABILITIES } from "./kling/capabilities";
import { KLING_GATEWAY_CAPABILITIES } from "./kling-gateway/capabilities";
import { SIMULATOR_CAPABILITIES } from "./simulator/capabilities";
import { V3_GATEWAY_CAPABILITIES } from "./v3-gateway/capabilities";
import { XCOMPUTE_CAPABILITIES } from "./xcompute/capabilities";

/** Every provider's capability data by id: plain data, safe anywhere. */
export const PROVIDER_CAPABILITIES: Record<ProviderId, ProviderCapabilities> = {
  simulator: SIMULATOR_CAPABILITIES,
  dashscope: DASHSCOPE_CAPABILITIES,
  "kling-gateway": KLING_GATEWAY_CAPABILITIES,
  "v3-gateway": V3_GATEWAY_CAPABILITIES,
  xcompute: XCOMPUTE_CAPABILITIES,
  kling: KLING_CAPABILITIES,
};
