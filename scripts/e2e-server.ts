import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// The studio as `npm start` runs it, on a data directory that is wiped first, so each
// end-to-end run starts from an empty studio and never sees the developer's data.
const dataDir = path.join(tmpdir(), `kling-studio-e2e-${process.env.PORT ?? "3100"}`);
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });
chmodSync(dataDir, 0o755);

// Every test signs in from the same address within seconds: the sign-in rate limiter would refuse them.
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATA_DIR: dataDir,
  AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e",
  AUTH_RATE_LIMIT: "off",
};
delete env.DATABASE_URL;
delete env.PUBLIC_URL;
delete env.SIGNUP;

const studio = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => studio.kill(signal));
studio.on("exit", (code) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
