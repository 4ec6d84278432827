import "server-only";

// The provider library's server face: everything in `@/lib/providers`, plus the registry, the
// adapters, the HTTP client, configuration and errors. The only entry point for server code.
export * from "./index";
export * from "./config";
export * from "./errors";
export * from "./registry";
export * from "./types";
export {
  lazyHttpClient,
  requireValidRequest,
  taskQueryPath,
  validateForProvider,
  type ProviderRules,
} from "./adapter-kit";
export {
  createHttpClient,
  parseProviderBody,
  parseRetryAfter,
  DEFAULT_RETRY_POLICY,
  type HttpClient,
  type HttpClientOptions,
  type RetryPolicy,
} from "./http";
export { createDashScopeAdapter } from "./dashscope/adapter";
export { createKlingGatewayAdapter } from "./kling-gateway/adapter";
export { createKlingAdapter } from "./kling/adapter";
export { createSimulatorAdapter } from "./simulator/adapter";
export { loadSimulatorConfig } from "./simulator/config";
export { SIMULATOR_SCENARIOS } from "./simulator/scenarios";
export { createV3GatewayAdapter } from "./v3-gateway/adapter";
export { createXComputeAdapter } from "./xcompute/adapter";
export { KLING_IMAGE_RULES } from "./rules/kling-media";
