import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The architecture rules in eslint.config.mjs, each proven to fire on a deliberately wrong file
// (linted as if it stood at that path) and to stay quiet on the right one.
const eslint = new ESLint({ cwd: process.cwd() });

async function messagesOf(rule: string, filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === rule).map((message) => message.message);
}
const restrictedImports = (filePath: string, code: string) => messagesOf("no-restricted-imports", filePath, code);

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
      "components/studio/form/wrong.tsx",
      'import { createGenerationAction } from "@/app/(studio)/studio/actions";\nexport const x = createGenerationAction;\n',
    ],
    ["components/settings/wrong.tsx", 'import { InviteForm } from "../../app/x";\nexport const x = InviteForm;\n'],
  ])("%s: components/ may not import from app/", async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).toEqual([
      expect.stringContaining("components/ must not depend on app/"),
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

  it.each([
    ["lib/tasks/wrong.ts", "export const concurrency = Number(process.env.WORKER_CONCURRENCY ?? 8);\n"],
    ["lib/media/wrong.ts", "const { env } = process;\nexport const font = env.MEDIA_FONT_PATH;\n"],
    ["app/api/wrong/route.ts", "export const secret = () => process.env.AUTH_SECRET;\n"],
    ["components/studio/wrong.tsx", 'export const dev = process.env.NODE_ENV === "development";\n'],
    ["scripts/wrong.ts", "export const port = Number(process.env.PORT);\n"],
    ["proxy.ts", "export const port = process.env.PORT;\n"],
  ])("%s: only the configuration module reads process.env", async (filePath, code) => {
    expect(await messagesOf("no-restricted-properties", filePath, code)).toEqual([
      expect.stringContaining("Read settings from lib/config"),
    ]);
  });

  it("lets the configuration module and tests read the environment", async () => {
    const code = "export const env = () => process.env;\n";
    expect(await messagesOf("no-restricted-properties", "lib/config/environment.ts", code)).toEqual([]);
    expect(await messagesOf("no-restricted-properties", "lib/tasks/engine.integration.test.ts", code)).toEqual([]);
    expect(await messagesOf("no-restricted-properties", "lib/config/providers.ts", code)).toEqual([
      expect.stringContaining("Read settings from lib/config"),
    ]);
  });
});
