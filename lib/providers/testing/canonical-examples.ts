import type { GenerationRequestInput } from "../canonical";
import { SEED_001_CASES } from "../kling-gateway/seed-cases";

// Canonical requests the provider tests are built on (each a documented request example expressed
// canonically), for tests outside the provider library: the API's OpenAPI schema must accept them all.
export const CANONICAL_REQUEST_EXAMPLES: { name: string; request: GenerationRequestInput }[] = SEED_001_CASES.map(
  ({ name, canonical }) => ({ name, request: canonical }),
);
