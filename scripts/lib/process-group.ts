import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

/**
 * Children of the launcher each lead their own process group, so that stopping one also stops
 * what it started (ffmpeg renders, Next's own workers), and a busy one cannot keep the studio
 * from stopping: it is asked to stop, then killed with its whole group after a grace period.
 */
export function spawnGroup(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(command, args, { stdio: "inherit", ...options, detached: true });
}

export function exited(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode ?? 1);
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

export function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone already.
  }
}

/** Asks politely with `signal`, then after `graceMs` kills the whole group; resolves once the child is gone. */
export async function stopGroup(
  child: ChildProcess,
  signal: NodeJS.Signals,
  graceMs: number,
  onEscalate?: () => void,
): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    signalGroup(child, signal);
    const timer = setTimeout(() => {
      onEscalate?.();
      signalGroup(child, "SIGKILL");
    }, graceMs);
    await exited(child);
    clearTimeout(timer);
  }
  // Anything it started and left behind goes too.
  signalGroup(child, "SIGKILL");
}
