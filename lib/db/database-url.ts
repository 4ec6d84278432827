import path from "node:path";
import { startEmbeddedPostgres } from "./embedded";

export const DATA_DIR = path.resolve(process.env.DATA_DIR ?? ".data");

export type DatabaseHandle = { url: string; embedded: boolean; stop: () => Promise<void> };

/** `DATABASE_URL` when set; otherwise the embedded PostgreSQL under the data directory. */
export async function openDatabase({ log = false } = {}): Promise<DatabaseHandle> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, embedded: false, stop: async () => undefined };
  const cluster = await startEmbeddedPostgres(path.join(DATA_DIR, "postgres"), { log });
  return { url: cluster.url, embedded: true, stop: cluster.stop };
}
