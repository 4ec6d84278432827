import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

/** `npm run worker` as its own process, the way production runs it, so a test can SIGKILL it. */
export function spawnWorker(env: Record<string, string>): ChildProcess {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.resolve("scripts/worker.ts")],
    {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout?.on("data", (chunk) => process.env.DEBUG_WORKER && process.stdout.write(`[worker] ${chunk}`));
  child.stderr?.on("data", (chunk) => process.env.DEBUG_WORKER && process.stderr.write(`[worker] ${chunk}`));
  return child;
}

export function exitOf(child: ChildProcess): Promise<void> {
  return new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve()),
  );
}
