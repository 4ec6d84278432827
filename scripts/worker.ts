import { setEnvironment } from "@/lib/config/environment";
import { openDatabase } from "@/lib/db/database-url";
import { applyMigrations } from "@/lib/db/migrations";
import { authSecret } from "./lib/auth-secret";
import { launchConfig } from "./lib/launch-config";

// `npm run worker`: follows every generation at its provider and stores the results. Runs
// beside the web server (npm start starts one); more can run in other processes or machines.
const settings = launchConfig();
const database = await openDatabase();
await applyMigrations(database.url);
setEnvironment({ DATABASE_URL: database.url, AUTH_SECRET: authSecret(settings.server.dataDir, settings.auth.secret) });

const { prisma } = await import("@/lib/db/client");
const { getStorage } = await import("@/lib/storage");
const { startWorker } = await import("@/lib/tasks/worker");
const { workElementJobs } = await import("@/lib/elements/server");
const { workWebhookJobs } = await import("@/lib/webhooks/deliver");

// The element library's syncs and webhook deliveries share the queue's durability and retries.
const worker = await startWorker({ databaseUrl: database.url, jobs: [workElementJobs, workWebhookJobs] }, async () => ({
  prisma,
  storage: getStorage(),
  callbackBaseUrl: settings.server.publicUrlConfigured ? settings.server.publicUrl : undefined,
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
