import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir } from "@/lib/data-dir";
import { openDatabase } from "@/lib/db/database-url";
import { applyMigrations } from "@/lib/db/migrations";
import { authSecret } from "./lib/auth-secret";
import { buildIsCurrent, buildStampPath, sourceFingerprint } from "./lib/build-fingerprint";

// `npm start` (production build, built when needed) or `npm run dev` (hot reload):
// database (embedded unless DATABASE_URL) → migrations → web server.
const dev = process.argv.includes("--dev");
const root = process.cwd();
const port = Number(process.env.PORT ?? 3000);
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

function run(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [nextBin, ...args], { stdio: "inherit", env });
}

function exited(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode ?? 1);
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

const database = await openDatabase({ log: process.env.DEBUG_POSTGRES === "1" });
console.log(database.embedded ? `Database: embedded PostgreSQL in ${path.join(dataDir(), "postgres")}` : "Database: DATABASE_URL");
const applied = await applyMigrations(database.url);
if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);

const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: database.url,
  AUTH_SECRET: authSecret(dataDir()),
  PORT: String(port),
  NEXT_TELEMETRY_DISABLED: "1",
};

let shuttingDown = false;
async function shutDown(code: number) {
  shuttingDown = true;
  await database.stop();
  process.exit(code);
}

if (!dev && !buildIsCurrent(root)) {
  console.log("Building the studio (first start, or the sources changed)…");
  const code = await exited(run(["build"], { ...env, NODE_ENV: "production" }));
  if (code !== 0) await shutDown(code);
  writeFileSync(buildStampPath(root), sourceFingerprint(root));
}

const server = run(dev ? ["dev", "--port", String(port)] : ["start", "--port", String(port)], env);

// The worker follows generations at their providers (`npm run worker` runs more elsewhere). If it
// dies, it is started again: its unfinished steps are picked up where they were left.
let worker: ChildProcess;
function startWorker() {
  worker = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(root, "scripts", "worker.ts")], { stdio: "inherit", env });
  worker.on("exit", (code, signal) => {
    if (shuttingDown) return;
    console.error(`The worker stopped (${signal ?? `exit code ${code}`}); starting it again.`);
    setTimeout(startWorker, 1_000);
  });
}
startWorker();
console.log(`\nKling Studio is starting at ${process.env.PUBLIC_URL ?? `http://localhost:${port}`}\n`);

async function stopAll(signal: NodeJS.Signals) {
  if (shuttingDown) return;
  shuttingDown = true;
  server.kill(signal);
  worker.kill(signal);
  await Promise.all([exited(server), exited(worker)]);
  await database.stop();
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stopAll(signal));
server.on("exit", () => void stopAll("SIGTERM"));
