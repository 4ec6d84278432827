import type { ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { childEnvironment } from "@/lib/config/environment";
import { openDatabase, type DatabaseHandle } from "@/lib/db/database-url";
import { applyMigrations } from "@/lib/db/migrations";
import { EmbeddedPostgresAccessError } from "@/lib/db/postgres-access";
import { authSecret } from "./lib/auth-secret";
import { launchConfig } from "./lib/launch-config";
import { buildIsCurrent, buildStampPath, sourceFingerprint } from "./lib/build-fingerprint";
import { exited, spawnGroup, stopGroup } from "./lib/process-group";

// `npm start` (production build, built when needed) or `npm run dev` (hot reload):
// database (embedded unless DATABASE_URL) → migrations → web server and worker.
const dev = process.argv.includes("--dev");
const root = process.cwd();
const settings = launchConfig();
const { port, dataDir } = settings.server;
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
/** After Ctrl-C or SIGTERM, children get this long to finish cleanly before they are killed. */
const GRACE_MS = 6_000;

function spawnNode(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawnGroup(process.execPath, args, { env });
}

async function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  await stopGroup(child, signal, GRACE_MS, () =>
    console.error(`A studio process (pid ${child.pid}) did not stop within ${GRACE_MS / 1000} s; killing it.`),
  );
}

async function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  await Promise.race([work, new Promise((resolve) => setTimeout(resolve, ms))]);
}

let database: DatabaseHandle;
try {
  database = await openDatabase({ log: settings.server.debug.postgres });
} catch (error) {
  if (!(error instanceof EmbeddedPostgresAccessError)) throw error;
  console.error(error.message);
  process.exit(1);
}
console.log(
  database.embedded ? `Database: embedded PostgreSQL in ${path.join(dataDir, "postgres")}` : "Database: DATABASE_URL",
);
const applied = await applyMigrations(database.url);
if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);

const env = childEnvironment({
  DATABASE_URL: database.url,
  AUTH_SECRET: authSecret(dataDir, settings.auth.secret),
  PORT: String(port),
  NEXT_TELEMETRY_DISABLED: "1",
});

let shuttingDown = false;
const children = new Set<ChildProcess>();

async function stopAll(signal: NodeJS.Signals, code = 0) {
  if (shuttingDown) return;
  shuttingDown = true;
  await Promise.all([...children].map((child) => stopChild(child, signal)));
  await withTimeout(database.stop(), 3_000);
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
  process.on(signal, () => void stopAll(signal === "SIGHUP" ? "SIGTERM" : signal));

if (!dev && !buildIsCurrent(root)) {
  console.log("Building the studio (first start, or the sources changed)…");
  const build = spawnNode([nextBin, "build"], { ...env, NODE_ENV: "production" });
  children.add(build);
  const code = await exited(build);
  children.delete(build);
  if (code !== 0) await stopAll("SIGTERM", code);
  writeFileSync(buildStampPath(root), sourceFingerprint(root));
}

// The web server: Next.js behind scripts/server.ts (client addresses, malformed paths).
const server = spawnNode(["--import", "tsx", path.join(root, "scripts", "server.ts"), ...(dev ? ["--dev"] : [])], {
  ...env,
  NODE_ENV: dev ? "development" : "production",
});
children.add(server);
server.on("exit", () => void stopAll("SIGTERM"));

// The worker follows generations at their providers (`npm run worker` runs more elsewhere). If it
// dies, it is started again: its unfinished steps are picked up where they were left.
function startWorker() {
  const worker = spawnNode(
    ["--conditions=react-server", "--import", "tsx", path.join(root, "scripts", "worker.ts")],
    env,
  );
  children.add(worker);
  worker.on("exit", (code, signal) => {
    children.delete(worker);
    if (shuttingDown) return;
    console.error(`The worker stopped (${signal ?? `exit code ${code}`}); starting it again.`);
    setTimeout(startWorker, 1_000);
  });
}
startWorker();
console.log(`\nKling Studio is starting at ${settings.server.publicUrl}\n`);
