import { parseGenerationRequest, type GenerationRequest } from "./canonical";
import { PROVIDER_ENV_PREFIX, type ProviderConnection } from "./config";
import { GenerationValidationError, ProviderError } from "./errors";
import { createHttpClient, type HttpClient, type HttpClientOptions } from "./http";
import type { ProviderId, RemoteProviderId } from "./ids";
import { hasErrors, type Violation } from "./validation";

// Building blocks every adapter uses, so each adapter file is only about its provider.

/** An adapter's own rules, run on a request that already passed the canonical schema. */
export type ProviderRules = (request: GenerationRequest) => Violation[];

function check(
  provider: ProviderId,
  models: readonly string[],
  input: unknown,
  rules: ProviderRules,
): { request?: GenerationRequest; violations: Violation[] } {
  const parsed = parseGenerationRequest(input);
  if (!parsed.success) return { violations: parsed.violations };
  const { request } = parsed;
  if (request.provider !== provider) {
    return {
      violations: [
        {
          path: "provider",
          rule: "provider_mismatch",
          message: `This request is for ${request.provider}, not ${provider}.`,
          severity: "error",
        },
      ],
    };
  }
  if (!models.includes(request.model)) {
    return {
      violations: [
        {
          path: "model",
          rule: "model_unknown",
          message: `${provider} has no model "${request.model}"; choose one of ${models.join(", ")}.`,
          severity: "error",
        },
      ],
    };
  }
  return { request, violations: rules(request) };
}

/**
 * The validation every adapter performs: canonical shape, then provider and model, then the
 * provider's rules. Provider rules only run on a well-formed request, so they can trust its types.
 */
export function validateForProvider(
  provider: ProviderId,
  models: readonly string[],
  input: unknown,
  rules: ProviderRules,
): Violation[] {
  return check(provider, models, input, rules).violations;
}

/** For `submit`: the parsed request, or GenerationValidationError before anything is sent. */
export function requireValidRequest(
  provider: ProviderId,
  models: readonly string[],
  input: unknown,
  rules: ProviderRules,
): GenerationRequest {
  const { request, violations } = check(provider, models, input, rules);
  if (!request || hasErrors(violations)) throw new GenerationValidationError(provider, violations);
  return request;
}

/**
 * An HTTP client for a configured provider, built on first use so a registry can hold an adapter
 * for an unconfigured provider; using it then fails with a ProviderError that says what to set.
 */
export function lazyHttpClient(
  provider: RemoteProviderId,
  connection: ProviderConnection,
  options: Pick<HttpClientOptions, "readError" | "headers" | "classify">,
): () => HttpClient {
  let client: HttpClient | undefined;
  return () => {
    if (!connection.baseUrl) {
      throw new ProviderError({
        provider,
        kind: "provider_unavailable",
        code: "base_url_missing",
        message: `No base URL is configured for ${provider} (set ${PROVIDER_ENV_PREFIX[provider]}_BASE_URL).`,
      });
    }
    client ??= createHttpClient({
      provider,
      baseUrl: connection.baseUrl,
      apiKey: connection.apiKey,
      timeoutMs: connection.timeoutMs,
      retry: connection.retry,
      ...options,
    });
    return client;
  };
}

/** The query path for a task: the configured `<PROVIDER>_QUERY_PATH` or the adapter's default, `{id}` replaced. */
export function taskQueryPath(connection: ProviderConnection, defaultTemplate: string, taskId: string): string {
  return (connection.queryPath ?? defaultTemplate).replaceAll("{id}", encodeURIComponent(taskId));
}
