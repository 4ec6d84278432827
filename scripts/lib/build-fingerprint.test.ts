import { cpSync, mkdtempSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sourceFingerprint } from "./build-fingerprint";

// `npm start` rebuilds when what the build bundles changed: code, and also the message catalogs.
const root = mkdtempSync(path.join(tmpdir(), "fingerprint-"));
for (const entry of ["messages", "i18n", "proxy.ts", "next.config.ts"])
  cpSync(entry, path.join(root, entry), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the build fingerprint", () => {
  it.each(["messages/en.json", "i18n/request.ts", "proxy.ts"])("changes when %s changes", (file) => {
    const before = sourceFingerprint(root);
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(root, file), later, later);
    expect(sourceFingerprint(root)).not.toBe(before);
  });
});
