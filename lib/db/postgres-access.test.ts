import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assertPostgresCanReach, EmbeddedPostgresAccessError, firstUnenterableFolder } from "./postgres-access";

const stranger = { uid: 54321, gid: 54321 };
const folders: string[] = [];

async function folder(mode: number): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "kling-access-"));
  folders.push(dir);
  await chmod(dir, mode);
  return dir;
}

afterAll(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

describe("whether the postgres user can reach the embedded server's files", () => {
  it("finds a private (0700) folder on the way, as a clone under a home directory has", async () => {
    const home = await folder(0o700);
    await mkdir(path.join(home, "studio", ".data"), { recursive: true });
    expect(await firstUnenterableFolder([path.join(home, "studio", ".data", "postgres")], stranger)).toEqual({
      folder: home,
      mode: 0o700,
    });
  });

  it("lets folders everyone can enter pass, including ones not created yet", async () => {
    const open = await folder(0o755);
    expect(await firstUnenterableFolder([path.join(open, "studio", ".data", "postgres")], stranger)).toBeUndefined();
  });

  it("stops a root start with one sentence naming the folder and the fixes", async () => {
    const home = await folder(0o700);
    const attempt = assertPostgresCanReach([path.join(home, ".data", "postgres")], { uid: 0, account: stranger });
    await expect(attempt).rejects.toBeInstanceOf(EmbeddedPostgresAccessError);
    await expect(attempt).rejects.toThrow(
      new RegExp(`cannot enter ${home} \\(mode 0700\\).*chmod o\\+x.*DATABASE_URL`),
    );
  });

  it("checks nothing for a user who is not root (the server then runs as that user)", async () => {
    const home = await folder(0o700);
    await expect(
      assertPostgresCanReach([path.join(home, "x")], { uid: 1000, account: stranger }),
    ).resolves.toBeUndefined();
  });
});
