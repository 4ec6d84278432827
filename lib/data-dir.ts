import path from "node:path";

/** Where the studio keeps its files: the embedded database, the generated secret, stored media. */
export function dataDir(): string {
  return path.resolve(process.env.DATA_DIR ?? ".data");
}
