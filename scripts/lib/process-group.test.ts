import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { spawnGroup, stopGroup } from "./process-group";

/** Running, not merely a zombie waiting for a reaper (in containers, PID 1 may never reap it). */
function isAlive(pid: number): boolean {
  if (process.platform !== "linux") {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

/** A child that starts a long-running grandchild (as the worker starts ffmpeg) and prints its pid. */
function childWithGrandchild(ignoreTerm: boolean) {
  const script = `
    const { spawn } = require("node:child_process");
    ${ignoreTerm ? 'process.on("SIGTERM", () => {}); process.on("SIGINT", () => {});' : ""}
    const grandchild = spawn("sleep", ["1000"], { stdio: "ignore" });
    console.log(grandchild.pid);
    setInterval(() => {}, 1000);
  `;
  const child = spawnGroup(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  const grandchildPid = new Promise<number>((resolve) =>
    child.stdout!.once("data", (chunk: Buffer) => resolve(Number(chunk.toString().trim()))),
  );
  return { child, grandchildPid };
}

describe("stopping a studio process", () => {
  it("kills a process that ignores SIGTERM, and what it started, after the grace period", async () => {
    const { child, grandchildPid } = childWithGrandchild(true);
    const grandchild = await grandchildPid;
    let escalated = false;
    await stopGroup(child, "SIGTERM", 300, () => (escalated = true));
    expect(escalated).toBe(true);
    expect(child.signalCode).toBe("SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(isAlive(grandchild)).toBe(false);
  });

  it("lets a process that stops by itself go, and still removes what it left behind", async () => {
    const { child, grandchildPid } = childWithGrandchild(false);
    const grandchild = await grandchildPid;
    let escalated = false;
    await stopGroup(child, "SIGTERM", 10_000, () => (escalated = true));
    expect(escalated).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(isAlive(grandchild)).toBe(false);
  });
});
