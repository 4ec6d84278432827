import path from "node:path";
import { dataDir } from "@/lib/data-dir";
import { startEmbeddedPostgres } from "./embedded";

export type DatabaseHandle = { url: string; embedded: boolean; stop: () => Promise<void> };

/** `DATABASE_URL` when set; otherwise the embedded PostgreSQL under the data directory. */
export async function openDatabase({ log = false } = {}): Promise<DatabaseHandle> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, embedded: false, stop: async () => undefined };
  const cluster = await startEmbeddedPostgres(path.join(dataDir(), "postgres"), { log });
  return { url: cluster.url, embedded: true, stop: cluster.stop };
}
