import { spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acquireRenderLock } from "./render-lock";
import { tempDataDirForFile } from "./test-support";

const dir = tempDataDirForFile();

/** The pid of a process that has exited, as a SIGKILLed worker's would be. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  await new Promise((resolve) => child.on("exit", resolve));
  return child.pid!;
}

describe("render lock", () => {
  it("is held by one renderer at a time", async () => {
    const file = path.join(dir(), "held.lock");
    const first = await acquireRenderLock(file);
    expect(first).not.toBeNull();
    expect(await acquireRenderLock(file)).toBeNull();
    await first!.release();
    const second = await acquireRenderLock(file);
    expect(second).not.toBeNull();
    await second!.release();
  });

  it("is taken over from a process that died holding it, whose late release is harmless", async () => {
    const file = path.join(dir(), "stale.lock");
    await writeFile(file, JSON.stringify({ token: "dead", pid: await deadPid(), host: os.hostname() }));
    const lock = await acquireRenderLock(file);
    expect(lock).not.toBeNull();
    const token = JSON.parse(await readFile(file, "utf8")).token;
    expect(token).not.toBe("dead");
    await lock!.release();
    await expect(readFile(file)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("is left alone when held on another host (its process cannot be checked) until it is old", async () => {
    const file = path.join(dir(), "remote.lock");
    await writeFile(file, JSON.stringify({ token: "remote", pid: await deadPid(), host: "another-host" }));
    expect(await acquireRenderLock(file)).toBeNull();
  });
});
