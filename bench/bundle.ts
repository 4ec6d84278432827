/**
 * npm run bench:bundle — the compressed JavaScript every page needs before it can be used, against
 * a 170 KB budget for every page (web.dev's budget for critical-path resources). Builds first when
 * the sources changed since the last build.
 *
 * Two counts per page:
 * - "browser": what Chromium actually fetched from the built studio until the page was usable
 *   (bench/lib/browser-load.ts): the framework, the page, and what it loads right after hydration
 *   (a mode's form and editor, the form's checks). The budget applies to this one.
 * - "build": the first-load chunks the build's manifests list (the framework's root chunks + every
 *   chunk the page's layouts and the page itself need, each counted once; legacy nomodule polyfills
 *   left out), which misses what loads after hydration.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { buildIsCurrent, buildStampPath, sourceFingerprint } from "@/scripts/lib/build-fingerprint";
import { measureInBrowser } from "./lib/browser-load";

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

const rows: { route: string; kb: number }[] = [];
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
  rows.push({ route: routeName, kb: bytes / 1024 });
}

const built = new Map(rows.map((row) => [row.route, row.kb]));
const loaded = await measureInBrowser();
console.log(`\nJavaScript per page before it can be used (gzip, KB), budget ${BUDGET_KB} KB`);
console.log(`${"page".padEnd(28)} ${"browser".padStart(8)} ${"build".padStart(8)}`);
let over = 0;
for (const [route, bytes] of loaded) {
  const kb = bytes / 1024;
  const build = built.get(route.startsWith("/studio/") ? "/studio/[mode]" : route);
  const verdict = kb <= BUDGET_KB ? "" : "  OVER BUDGET";
  if (kb > BUDGET_KB) over += 1;
  console.log(`${route.padEnd(28)} ${kb.toFixed(1).padStart(8)} ${(build?.toFixed(1) ?? "–").padStart(8)}${verdict}`);
}
console.log(over ? `\n${over} page(s) over the budget.` : "\nEvery page is within the budget.");
if (over) process.exitCode = 1;
