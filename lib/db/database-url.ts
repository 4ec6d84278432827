import path from "node:path";
import { currentEnvironment } from "@/lib/config/environment";
import { readServerSection } from "@/lib/config/server";
import { startEmbeddedPostgres } from "./embedded";

export type DatabaseHandle = { url: string; embedded: boolean; stop: () => Promise<void> };

/** `DATABASE_URL` when set; otherwise the embedded PostgreSQL under the data directory. */
export async function openDatabase({ log = false } = {}): Promise<DatabaseHandle> {
  const { databaseUrl, dataDir } = readServerSection(currentEnvironment()).value;
  if (databaseUrl) return { url: databaseUrl, embedded: false, stop: async () => undefined };
  const cluster = await startEmbeddedPostgres(path.join(dataDir, "postgres"), { log });
  return { url: cluster.url, embedded: true, stop: cluster.stop };
}
