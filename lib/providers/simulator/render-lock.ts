import { randomUUID } from "node:crypto";
import { readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import { z } from "zod";

// One renderer per task across processes. The lock only saves duplicate work: renders are written
// by rename, so even two renderers (a lock taken over from a slow but live holder) stay correct.

/** A lock older than this is abandoned even if its holder cannot be checked (another host). */
const STALE_AFTER_MS = 15 * 60_000;

const HolderSchema = z.object({ token: z.string(), pid: z.number(), host: z.string() });
type Holder = z.infer<typeof HolderSchema>;

export type RenderLock = { release(): Promise<void> };

async function readHolder(file: string): Promise<Holder | undefined> {
  try {
    return HolderSchema.parse(JSON.parse(await readFile(file, "utf8")));
  } catch {
    return undefined; // gone, or created but not yet written
  }
}

async function tryCreate(file: string): Promise<RenderLock | undefined> {
  const holder: Holder = { token: randomUUID(), pid: process.pid, host: os.hostname() };
  try {
    await writeFile(file, JSON.stringify(holder), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return undefined;
    throw error;
  }
  return {
    async release() {
      // Only our own lock: a taken-over one belongs to someone else now.
      if ((await readHolder(file))?.token === holder.token) await rm(file, { force: true });
    },
  };
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Whether the holder died (killed worker) or the lock is too old to trust. */
async function isStale(file: string): Promise<boolean> {
  const info = await stat(file).catch(() => undefined);
  if (!info) return true;
  if (Date.now() - info.mtimeMs > STALE_AFTER_MS) return true;
  const holder = await readHolder(file);
  return holder !== undefined && holder.host === os.hostname() && !processIsAlive(holder.pid);
}

/** The lock, or null when a live process holds it. Takes over locks left by dead processes. */
export async function acquireRenderLock(file: string): Promise<RenderLock | null> {
  const lock = await tryCreate(file);
  if (lock) return lock;
  if (!(await isStale(file))) return null;
  // Renaming the stale lock aside is atomic: of several processes taking over, one wins the rename.
  const aside = `${file}.${randomUUID()}.stale`;
  try {
    await rename(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  await rm(aside, { force: true });
  return (await tryCreate(file)) ?? null;
}
