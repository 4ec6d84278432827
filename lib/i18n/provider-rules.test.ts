import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import rules from "@/i18n/rules.zh-CN.json";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "testing" ? [] : sources(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

/** Every rule code the provider library and the task engine can report. */
function ruleCodes(): Set<string> {
  const codes = new Set<string>();
  for (const file of [...sources("lib/providers"), ...sources("lib/tasks")]) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/\.(?:error|warning)\(\s*(?:`[^`]*`|"[^"]*"|[\w.[\]]+)\s*,\s*"([a-z0-9_]+)"/g))
      codes.add(match[1]!);
    for (const match of text.matchAll(/rule: "([a-z0-9_]+)"/g)) codes.add(match[1]!);
  }
  return codes;
}

describe("Chinese wording of provider rules", () => {
  it("covers every rule the providers and the task engine report", () => {
    const missing = [...ruleCodes()].filter((code) => !(code in rules));
    expect(missing).toEqual([]);
  });
});
