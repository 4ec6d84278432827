import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// Everything that changes what `next build` produces.
const SOURCES = [
  "app",
  "components",
  "lib",
  // Bundled too: the message catalogs, next-intl's request config and the proxy.
  "messages",
  "i18n",
  "proxy.ts",
  "public",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
];
const SKIP = new Set(["node_modules", "generated"]);

function* files(entry: string): Generator<string> {
  if (!existsSync(entry)) return;
  if (!statSync(entry).isDirectory()) {
    yield entry;
    return;
  }
  for (const child of readdirSync(entry).sort()) {
    if (!SKIP.has(child)) yield* files(path.join(entry, child));
  }
}

/** A hash of the sources' paths, sizes and modification times: cheap, and changes on any edit. */
export function sourceFingerprint(root: string): string {
  const hash = createHash("sha256");
  for (const source of SOURCES) {
    for (const file of files(path.join(root, source))) {
      const { size, mtimeMs } = statSync(file);
      hash.update(`${path.relative(root, file)}\0${size}\0${mtimeMs}\n`);
    }
  }
  return hash.digest("hex");
}

const STAMP = path.join(".next", "kling-studio-build.txt");

export function buildIsCurrent(root: string): boolean {
  const stamp = path.join(root, STAMP);
  return (
    existsSync(path.join(root, ".next", "BUILD_ID")) &&
    existsSync(stamp) &&
    readFileSync(stamp, "utf8") === sourceFingerprint(root)
  );
}

export function buildStampPath(root: string) {
  return path.join(root, STAMP);
}
