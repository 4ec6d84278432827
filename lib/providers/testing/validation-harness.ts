import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GenerationRequestInput } from "../canonical";
import type { ProviderConnection } from "../config";
import { GenerationValidationError } from "../errors";
import type { RemoteProviderId } from "../ids";
import type { ProviderAdapter } from "../types";
import type { Violation } from "../violations";
import type { FakeServer } from "./fake-server";

/** A request as a provider's test writes it: the harness adds the provider. */
export type ProviderRequest = Omit<GenerationRequestInput, "provider">;

/** [what, request, expected path, expected rule] */
export type ValidationCase = [string, ProviderRequest, string, string];

/**
 * The checks every provider's validation must pass, run against its fake server: each case is
 * refused by `submit` with an error violation naming the path and rule (in a sentence), and not one
 * of them reaches the provider. Returns the adapter for the provider's own cases.
 */
export function describeProviderValidation(options: {
  provider: RemoteProviderId;
  startFake: (options: { apiKey: string }) => Promise<FakeServer>;
  createAdapter: (connection: ProviderConnection) => ProviderAdapter;
  cases: readonly ValidationCase[];
  /** How many distinct rules the cases must cover at least, so the table cannot quietly shrink. */
  minRules: number;
}) {
  const { provider, cases } = options;
  let fake: FakeServer;
  let adapter: ProviderAdapter;
  beforeAll(async () => {
    fake = await options.startFake({ apiKey: "sk-test" });
    adapter = options.createAdapter({ apiKey: "sk-test", baseUrl: fake.url, timeoutMs: 2000, problems: [] });
  });
  afterAll(() => fake.close());

  describe(`${provider} validation refuses requests before any network call`, () => {
    it.each(cases)("%s", async (_what, request, path, rule) => {
      const error = await adapter
        .submit({ provider, ...request }, { idempotencyKey: "validation" })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(GenerationValidationError);
      const { violations, kind } = error as GenerationValidationError;
      expect(violations).toContainEqual(expect.objectContaining({ path, rule, severity: "error" }));
      expect(violations.every((violation) => violation.message.length > 10)).toBe(true);
      expect(kind).toBe("invalid_request");
    });

    it("sent nothing to the provider", () => {
      expect(new Set(cases.map(([, , , rule]) => rule)).size).toBeGreaterThanOrEqual(options.minRules);
      expect(fake.requests).toHaveLength(0);
    });
  });

  return {
    adapter: () => adapter,
    validate: (request: ProviderRequest): Violation[] => adapter.validate({ provider, ...request }),
  };
}
