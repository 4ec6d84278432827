import "server-only";
import { providerAvailability, type ProviderId, type Violation } from "@/lib/providers";
import { PROVIDERS } from "@/lib/providers/ids";
import type { TaskEngine } from "@/lib/tasks/engine";

/**
 * The provider's own verdict on a request, as createGeneration will judge it: the provider must be
 * usable here, then its adapter validates (canonical shape first, then its rules).
 */
export function checkGenerationRequest(engine: TaskEngine, request: unknown): Violation[] {
  const provider = (request as { provider?: unknown } | null)?.provider;
  if (typeof provider !== "string" || !PROVIDERS.includes(provider as ProviderId)) {
    return [{ path: "provider", rule: "provider_unknown", message: "Choose a provider.", severity: "error" }];
  }
  const availability = providerAvailability(engine.providersConfig, provider as ProviderId);
  const adapter = engine.registry[provider as ProviderId];
  if (!availability.available || !adapter) {
    const reason = availability.available ? "this provider is not supported yet" : availability.reason;
    return [{ path: "provider", rule: "provider_unavailable", message: `This provider cannot be used: ${reason}.`, severity: "error" }];
  }
  return adapter.validate(request as Parameters<typeof adapter.validate>[0]);
}
