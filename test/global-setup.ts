import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrations";

declare module "vitest" {
  export interface ProvidedContext {
    /** A URL of the test server's maintenance database, for creating each file's own database. */
    databaseServerUrl: string;
    /** A migrated database that each test file's database is copied from. */
    templateDatabase: string;
  }
}

function withDatabase(serverUrl: string, database: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * A real PostgreSQL for the integration tests, never the developer's data: TEST_DATABASE_URL's
 * server when that is set, otherwise a throwaway embedded cluster in a temporary directory. The
 * schema is migrated once into a template; each test file gets its own copy (test/setup-integration.ts),
 * so files never see each other's rows or queued jobs. Everything is dropped at the end.
 */
export default async function setup(project: TestProject) {
  const run = `kling_test_${process.pid}_${Date.now()}`;
  let serverUrl = process.env.TEST_DATABASE_URL;
  let stopServer = async () => undefined as void;
  if (!serverUrl) {
    const dir = await mkdtemp(path.join(tmpdir(), "kling-studio-test-db-"));
    // As root the server runs as the `postgres` user, which must be able to enter the directory.
    await chmod(dir, 0o755);
    const cluster = await startEmbeddedPostgres(path.join(dir, "postgres"), { database: "postgres" });
    serverUrl = cluster.url;
    stopServer = async () => {
      await cluster.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const template = `${run}_template`;
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE "${template}"`));
  await applyMigrations(withDatabase(serverUrl, template));
  // The migration engine's pool may linger; a template with open connections cannot be copied.
  await onServer(serverUrl, (client) =>
    client.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
      [template],
    ),
  );
  project.provide("databaseServerUrl", serverUrl);
  project.provide("templateDatabase", template);

  return async () => {
    await onServer(serverUrl, async (client) => {
      const { rows } = await client.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE $1",
        [`${run}%`],
      );
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    });
    await stopServer();
  };
}
