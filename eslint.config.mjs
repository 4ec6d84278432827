import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Architecture rules (README, "Architecture"): dependencies point one way, app → components → lib,
// and the provider library is entered through its two faces only.
const LIB_STAYS_BELOW = {
  regex: "^(@/|(\\.\\./)+)(components|app)(/|$)",
  message: "lib/ must not depend on components/ or app/: move what both need into lib/.",
};
const COMPONENTS_STAY_BELOW = {
  regex: "^(@/|(\\.\\./)+)app(/|$)",
  message: "components/ must not depend on app/: a page hands its server actions down as props.",
};
const PROVIDER_FACES = {
  regex: "^@/lib/providers/(?!server$|browser$).+",
  message:
    "Enter the provider library through @/lib/providers (browser-safe), @/lib/providers/browser (zod-free data) or @/lib/providers/server.",
};
// Tests and benchmarks may also start the providers' fake servers.
const PROVIDER_FACES_FOR_TESTS = { ...PROVIDER_FACES, regex: "^@/lib/providers/(?!server$|browser$|testing/).+" };
// Pages render; what they show comes from lib/ (queries included), so the same data serves the API.
const PAGES_QUERY_THROUGH_LIB = {
  regex: "^@/lib/db/client$",
  message: "Pages do not query the database inline: call a function in lib/ (one folder per feature).",
};
const TESTS = ["**/*.test.ts", "**/*.test.tsx", "test/**", "bench/**", "e2e/**"];
// One configuration module (lib/config): every environment variable is parsed there, in sections.
const CONFIGURATION_ONLY = {
  object: "process",
  property: "env",
  message:
    "Read settings from lib/config (its sections parse every variable); only lib/config/environment.ts reads process.env.",
};
// Tools' own configuration files (Next.js, Playwright, Vitest, Prisma CLI) are read by those tools, not the studio.
const TOOL_CONFIGS = ["*.config.{ts,mjs,js}"];

const restrict = (...patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  { files: ["**/*.{ts,tsx,mjs,js}"], ignores: ["lib/**", ...TESTS], rules: restrict(PROVIDER_FACES) },
  {
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/providers/**", ...TESTS],
    rules: restrict(LIB_STAYS_BELOW, PROVIDER_FACES),
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    ignores: TESTS,
    rules: restrict(COMPONENTS_STAY_BELOW, PROVIDER_FACES),
  },
  { files: ["app/**/page.tsx", "app/**/layout.tsx"], rules: restrict(PROVIDER_FACES, PAGES_QUERY_THROUGH_LIB) },
  { files: ["lib/providers/**/*.{ts,tsx}"], rules: restrict(LIB_STAYS_BELOW) },
  { files: TESTS, ignores: ["lib/providers/**"], rules: restrict(PROVIDER_FACES_FOR_TESTS) },
  {
    files: ["**/*.{ts,tsx,mjs,js}"],
    ignores: ["lib/config/environment.ts", ...TOOL_CONFIGS, ...TESTS],
    rules: { "no-restricted-properties": ["error", CONFIGURATION_ONLY] },
  },
  globalIgnores([
    ".next/**",
    ".data/**",
    "node_modules/**",
    "lib/db/generated/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
