import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The architecture rules in eslint.config.mjs, each proven to fire on a deliberately wrong file
// (linted as if it stood at that path) and to stay quiet on the right one.
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "no-restricted-imports")
    .map((message) => message.message);
}

describe("architecture lint rules", () => {
  it.each([
    ["lib/studio/wrong.ts", 'import { Button } from "@/components/ui/button";\nexport const x = Button;\n'],
    ["lib/tasks/wrong.ts", 'import { GET } from "@/app/api/health/route";\nexport const x = GET;\n'],
    [
      "lib/studio/wrong-relative.ts",
      'import { Button } from "../../components/ui/button";\nexport const x = Button;\n',
    ],
    [
      "lib/providers/dashscope/wrong.ts",
      'import type { StudioProps } from "@/components/studio/types";\nexport type X = StudioProps;\n',
    ],
  ])("%s: lib/ may not import from components/ or app/", async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).toEqual([
      expect.stringContaining("lib/ must not depend on components/ or app/"),
    ]);
  });

  it.each([
    [
      "components/studio/wrong.tsx",
      'import { DASHSCOPE_LIMITS } from "@/lib/providers/dashscope/capabilities";\nexport const x = DASHSCOPE_LIMITS;\n',
    ],
    [
      "app/api/wrong/route.ts",
      'import { createHttpClient } from "@/lib/providers/http";\nexport const x = createHttpClient;\n',
    ],
    [
      "lib/tasks/wrong.ts",
      'import type { Violation } from "@/lib/providers/validation";\nexport type X = Violation;\n',
    ],
    ["scripts/wrong.ts", 'import { ProviderError } from "@/lib/providers/errors";\nexport const x = ProviderError;\n'],
  ])("%s: the provider library is entered through its two faces only", async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).toEqual([
      expect.stringContaining("Enter the provider library through"),
    ]);
  });

  it("pages query through lib/, not the database client", async () => {
    const code =
      'import { prisma } from "@/lib/db/client";\nexport default async function Page() {\n  return prisma.user.count();\n}\n';
    expect(await restrictedImports("app/(studio)/gallery/page.tsx", code)).toEqual([
      expect.stringContaining("Pages do not query the database inline"),
    ]);
    expect(await restrictedImports("app/api/health/route.ts", code)).toEqual([]);
  });

  it.each([
    [
      "components/studio/right.tsx",
      'import { DASHSCOPE_LIMITS } from "@/lib/providers";\nexport const x = DASHSCOPE_LIMITS;\n',
    ],
    [
      "lib/tasks/right.ts",
      'import { ProviderError } from "@/lib/providers/server";\nexport const x = ProviderError;\n',
    ],
    [
      "lib/providers/dashscope/right.ts",
      'import { KLING_IMAGE_RULES } from "../rules/kling-media";\nexport const x = KLING_IMAGE_RULES;\n',
    ],
    [
      "lib/tasks/right.test.ts",
      'import { startFakeDashScope } from "@/lib/providers/testing/fake-dashscope";\nexport const x = startFakeDashScope;\n',
    ],
  ])("%s is allowed", async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).toEqual([]);
  });
});
