// The provider library's only entry point.
export * from "./canonical";
export * from "./capabilities";
export * from "./config";
export * from "./errors";
export * from "./ids";
export * from "./registry";
export * from "./types";
export { formatPath, hasErrors, type Violation } from "./validation";
export { lazyHttpClient, requireValidRequest, taskQueryPath, validateForProvider, type ProviderRules } from "./adapter-kit";
export { createHttpClient, parseProviderBody, parseRetryAfter, DEFAULT_RETRY_POLICY, type HttpClient, type HttpClientOptions, type RetryPolicy } from "./http";
export { createDashScopeAdapter } from "./dashscope/adapter";
export { DASHSCOPE_CAPABILITIES, DASHSCOPE_MODELS } from "./dashscope/capabilities";
