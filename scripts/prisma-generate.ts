import { execFileSync } from "node:child_process";
import path from "node:path";

// `prisma generate` would try to download the native schema engine, which it never runs;
// pointing it at any existing file skips the download (offline machines, locked-down CI).
execFileSync(process.execPath, [path.join("node_modules", "prisma", "build", "index.js"), "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
