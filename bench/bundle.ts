/**
 * npm run bench:bundle — first-load JavaScript of every page of the production build, compressed
 * (gzip) as browsers receive it, against the 170 KB budget for the studio's mode pages (web.dev's
 * budget for critical-path resources). Builds first when the sources changed since the last build.
 *
 * First load = the framework's root chunks + every chunk the page's layouts and the page itself
 * need (Next's client-reference manifest), each counted once. Legacy polyfills (nomodule) are left
 * out: modern browsers never load them.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { buildIsCurrent, buildStampPath, sourceFingerprint } from "@/scripts/lib/build-fingerprint";

const BUDGET_KB = 170;
const root = process.cwd();
const next = path.join(root, ".next");

if (!buildIsCurrent(root)) {
  console.log("Building the studio…");
  // The build reads no data; the app's settings only need to be well-formed.
  const buildEnv: NodeJS.ProcessEnv = {
    DATABASE_URL: "postgresql://build@127.0.0.1:1/build",
    AUTH_SECRET: "bundle-benchmark-secret-bundle-benchmark",
    ...process.env,
    NODE_ENV: "production",
  };
  execFileSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
    stdio: "inherit",
    env: buildEnv,
  });
  writeFileSync(buildStampPath(root), sourceFingerprint(root));
}

function* manifests(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* manifests(full);
    else if (entry.name === "page_client-reference-manifest.js") yield full;
  }
}

const gzipped = new Map<string, number>();
function compressedSize(file: string): number {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(path.join(next, file)), { level: 9 }).length);
  return gzipped.get(file)!;
}

const rows: { route: string; kb: number; studioMode: boolean }[] = [];
for (const manifestFile of manifests(path.join(next, "server", "app"))) {
  const source = readFileSync(manifestFile, "utf8");
  const json = source.slice(source.indexOf("] = ") + 4).replace(/;\s*$/, "");
  const manifest = JSON.parse(json) as { entryJSFiles?: Record<string, string[]> };
  const pageDir = manifestFile.replace(/_client-reference-manifest\.js$/, "");
  const buildManifest = path.join(pageDir, "build-manifest.json");
  const rootFiles: string[] = existsSync(buildManifest)
    ? JSON.parse(readFileSync(buildManifest, "utf8")).rootMainFiles
    : [];
  const files = new Set([...rootFiles, ...Object.values(manifest.entryJSFiles ?? {}).flat()]);
  const bytes = [...files].reduce((sum, file) => sum + compressedSize(file), 0);
  const route =
    "/" +
    path
      .relative(path.join(next, "server", "app"), path.dirname(manifestFile))
      .split(path.sep)
      .filter((part) => !part.startsWith("("))
      .join("/");
  const routeName =
    `${route}${route.endsWith("/") ? "" : "/"}${path.basename(pageDir) === "page" ? "" : path.basename(pageDir)}`.replace(
      /\/$/,
      "",
    ) || "/";
  rows.push({ route: routeName, kb: bytes / 1024, studioMode: routeName.startsWith("/studio/") });
}

rows.sort((a, b) => a.route.localeCompare(b.route));
console.log(`First-load JS per page (gzip), budget ${BUDGET_KB} KB for studio mode pages`);
for (const row of rows) {
  const verdict = row.studioMode ? (row.kb <= BUDGET_KB ? "  within budget" : "  OVER BUDGET") : "";
  console.log(`${row.route.padEnd(40)} ${row.kb.toFixed(1).padStart(7)} KB${verdict}`);
}
const over = rows.filter((row) => row.studioMode && row.kb > BUDGET_KB);
if (over.length) process.exitCode = 1;
