import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// A bad value stops every launcher before it opens a database or starts a process, naming the
// variable and its rule. Each is run as `npm start`, `npm run worker` and `npm run admin` run it.
const root = process.cwd();
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");

function launch(script: string, env: Record<string, string>, args: string[] = []) {
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      [tsx, "--conditions=react-server", path.join(root, "scripts", script), ...args],
      {
        env: { ...process.env, DATABASE_URL: "", ...env },
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe("launching with a bad setting", () => {
  it.each([
    ["start.ts", { WORKER_CONCURRENCY: "many" }, "WORKER_CONCURRENCY must be a positive integer (steps at once)"],
    ["start.ts", { STORAGE_DRIVER: "ftp" }, 'STORAGE_DRIVER must be "local" or "s3", not "ftp"'],
    ["worker.ts", { DASHSCOPE_TIMEOUT_MS: "30s" }, "DASHSCOPE_TIMEOUT_MS must be a positive integer (milliseconds)"],
    ["admin.ts", { PORT: "http" }, "PORT must be a positive integer (a TCP port)"],
  ])(
    "%s with %j stops, naming the variable and the rule",
    async (script, env, message) => {
      const { code, stderr } = await launch(script, env, script === "admin.ts" ? ["list-users"] : []);
      expect(code).toBe(1);
      expect(stderr).toContain("Kling Studio cannot start. The configuration has a problem:");
      expect(stderr).toContain(`- ${message}`);
    },
    70_000,
  );
});
