import "server-only";
import {
  lookUpAdapter,
  parseGenerationRequest,
  withCapabilityDefaults,
  type GenerationRequest,
  type ProviderAdapter,
  type Violation,
} from "@/lib/providers/server";
import { checkFetchableUrl } from "@/lib/net/address-policy";
import { currentEnvironment } from "@/lib/config/environment";
import { readMediaSection } from "@/lib/config/media";
import type { TaskEngine } from "./engine";
import { requestForValidation } from "./media-resolution";

export type PreparedRequest =
  | { ok: true; adapter: ProviderAdapter; request: GenerationRequest; violations: Violation[] }
  | { ok: false; violations: Violation[] };

const isError = (violation: Violation) => violation.severity === "error";

function rejected(violations: Violation[]): PreparedRequest {
  return { ok: false, violations };
}

/**
 * Everything a request must pass before it is stored, in one place for the form's live check, the
 * server action and the HTTP API: a usable provider, the canonical shape, the model's defaults,
 * the uploads it names (and how they will reach the provider), then the provider's own rules.
 * Every violation is reported at once; warnings ride along on success.
 */
export async function prepareGenerationRequest(engine: TaskEngine, input: unknown): Promise<PreparedRequest> {
  const lookup = lookUpAdapter(
    engine.registry,
    engine.providersConfig,
    (input as { provider?: unknown } | null)?.provider,
  );
  if (!lookup.ok) return rejected([lookup.violation]);
  const { adapter } = lookup;
  const parsed = parseGenerationRequest(input);
  if (!parsed.success) return rejected(parsed.violations);
  const request = withCapabilityDefaults(adapter.capabilities, parsed.request);
  const [addressProblems, { request: asSent, violations: uploadProblems }] = await Promise.all([
    checkMediaAddresses(request),
    requestForValidation(engine, adapter, request),
  ]);
  const violations = [...addressProblems, ...uploadProblems, ...adapter.validate(asSent)];
  if (violations.some(isError)) return rejected(violations);
  return { ok: true, adapter, request, violations };
}

/** Every http(s) URL a request names, with its path. */
function mediaUrls(request: GenerationRequest): { path: string; url: string }[] {
  return [
    ...request.media.map((item, index) => ({ path: `media[${index}].url`, url: item.url })),
    ...request.elements.flatMap((element, index) =>
      (element.imageUrls ?? []).map((url, imageIndex) => ({
        path: `elements[${index}].imageUrls[${imageIndex}]`,
        url,
      })),
    ),
  ].filter(({ url }) => /^https?:/i.test(url));
}

/**
 * Media must come from public addresses: the studio (the simulator, element images) fetches some of
 * them itself, and a provider could never reach a private one. The fetch checks again when it
 * connects, so a name that changes its answer later is still refused.
 */
async function checkMediaAddresses(request: GenerationRequest): Promise<Violation[]> {
  // Public addresses only, plus the networks the deployment lists (PRIVATE_MEDIA_NETWORKS).
  const policy = { allowedNetworks: readMediaSection(currentEnvironment()).value.privateNetworks };
  const verdicts = await Promise.all(
    mediaUrls(request).map(async ({ path, url }) => ({ path, verdict: await checkFetchableUrl(url, policy) })),
  );
  return verdicts.flatMap(({ path, verdict }) =>
    verdict.ok ? [] : [{ path, rule: verdict.rule, message: verdict.message, severity: "error" as const }],
  );
}
