import "server-only";
import {
  parseGenerationRequest,
  providerAvailability,
  PROVIDERS,
  withCapabilityDefaults,
  type GenerationRequest,
  type ProviderAdapter,
  type ProviderId,
  type Violation,
} from "@/lib/providers";
import type { TaskEngine } from "./engine";
import { requestForValidation } from "./media-resolution";

export type PreparedRequest =
  | { ok: true; adapter: ProviderAdapter; request: GenerationRequest; violations: Violation[] }
  | { ok: false; violations: Violation[] };

const isError = (violation: Violation) => violation.severity === "error";

function rejected(violations: Violation[]): PreparedRequest {
  return { ok: false, violations };
}

/** The adapter of a provider this studio can use, or the violation that says why not. */
function adapterFor(engine: TaskEngine, provider: unknown): ProviderAdapter | Violation {
  if (typeof provider !== "string" || !(PROVIDERS as readonly string[]).includes(provider)) {
    const message = typeof provider === "string" ? `There is no provider called "${provider.slice(0, 100)}".` : "Choose a provider.";
    return { path: "provider", rule: "provider_unknown", message, severity: "error" };
  }
  const availability = providerAvailability(engine.providersConfig, provider as ProviderId);
  const adapter = engine.registry[provider as ProviderId];
  if (!availability.available || !adapter) {
    const reason = availability.available ? "this provider is not supported yet" : availability.reason;
    return { path: "provider", rule: "provider_unavailable", message: `This provider cannot be used: ${reason}.`, severity: "error" };
  }
  return adapter;
}

/**
 * Everything a request must pass before it is stored, in one place for the form's live check, the
 * server action and the HTTP API: a usable provider, the canonical shape, the model's defaults,
 * the uploads it names (and how they will reach the provider), then the provider's own rules.
 * Every violation is reported at once; warnings ride along on success.
 */
export async function prepareGenerationRequest(engine: TaskEngine, input: unknown): Promise<PreparedRequest> {
  const adapter = adapterFor(engine, (input as { provider?: unknown } | null)?.provider);
  if (!("validate" in adapter)) return rejected([adapter]);
  const parsed = parseGenerationRequest(input);
  if (!parsed.success) return rejected(parsed.violations);
  const request = withCapabilityDefaults(adapter.capabilities, parsed.request);
  const { request: asSent, violations: uploadProblems } = await requestForValidation(engine, adapter, request);
  const violations = [...uploadProblems, ...adapter.validate(asSent)];
  if (violations.some(isError)) return rejected(violations);
  return { ok: true, adapter, request, violations };
}
