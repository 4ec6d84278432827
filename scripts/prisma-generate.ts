import { execFileSync } from "node:child_process";
import path from "node:path";
import { childEnvironment } from "@/lib/config/environment";

// `prisma generate` would try to download the native schema engine, which it never runs;
// pointing it at any existing file skips the download (offline machines, locked-down CI).
execFileSync(process.execPath, [path.join("node_modules", "prisma", "build", "index.js"), "generate"], {
  stdio: "inherit",
  env: childEnvironment({ PRISMA_HIDE_UPDATE_MESSAGE: "1" }, { PRISMA_SCHEMA_ENGINE_BINARY: process.execPath }),
});
