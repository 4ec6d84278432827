import { dataDir } from "@/lib/data-dir";
import { openDatabase } from "@/lib/db/database-url";
import { applyMigrations } from "@/lib/db/migrations";
import { authSecret } from "./lib/auth-secret";

// `npm run worker`: follows every generation at its provider and stores the results. Runs
// beside the web server (npm start starts one); more can run in other processes or machines.
const database = await openDatabase();
await applyMigrations(database.url);
process.env.DATABASE_URL = database.url;
process.env.AUTH_SECRET = authSecret(dataDir());

const { prisma } = await import("@/lib/db/client");
const { getStorage } = await import("@/lib/storage");
const { startWorker } = await import("@/lib/tasks/worker");

const worker = await startWorker({ databaseUrl: database.url }, async () => ({
  prisma,
  storage: getStorage(),
  callbackBaseUrl: process.env.PUBLIC_URL?.replace(/\/$/, ""),
}));
console.log(`Worker ${process.pid} is following generations.`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await worker.stop();
    await prisma.$disconnect();
    await database.stop();
    process.exit(0);
  });
}
