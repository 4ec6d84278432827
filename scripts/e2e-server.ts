import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { childEnvironment, currentEnvironment } from "@/lib/config/environment";
import { readServerSection } from "@/lib/config/server";

// The studio as `npm start` runs it, on a data directory that is wiped first, so each
// end-to-end run starts from an empty studio and never sees the developer's data.
const dataDir = path.join(tmpdir(), `kling-studio-e2e-${readServerSection(currentEnvironment()).value.port}`);
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });
chmodSync(dataDir, 0o755);

// Every test signs in from the same address within seconds: the sign-in rate limiter would refuse them.
const env = childEnvironment({
  DATA_DIR: dataDir,
  AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e",
  AUTH_RATE_LIMIT: "off",
  DATABASE_URL: undefined,
  PUBLIC_URL: undefined,
  SIGNUP: undefined,
});

const studio = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => studio.kill(signal));
studio.on("exit", (code) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
