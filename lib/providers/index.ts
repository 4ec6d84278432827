// The provider library's browser-safe face: provider ids, the canonical request and its schema,
// violations, and every provider's capability data. Nothing here does I/O or needs a secret.
// Server code (registry, adapters, HTTP client, configuration, errors) is `@/lib/providers/server`.
export * from "./canonical";
export * from "./capabilities";
export * from "./capability-table";
export * from "./defaults";
export * from "./ids";
export * from "./validation";
export * from "./dashscope/capabilities";
export * from "./kling-gateway/capabilities";
export * from "./kling/capabilities";
export * from "./simulator/capabilities";
export * from "./v3-gateway/capabilities";
export * from "./xcompute/capabilities";
export { PROVIDER_ERROR_KINDS, type ProviderErrorKind } from "./errors";
export { PROVIDER_ENV_PREFIX } from "./config";
