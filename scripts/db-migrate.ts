import { openDatabase } from "@/lib/db/database-url";
import { applyMigrations } from "@/lib/db/migrations";

const database = await openDatabase();
try {
  const applied = await applyMigrations(database.url);
  console.log(applied.length ? `Applied ${applied.join(", ")}` : "The database is up to date.");
} finally {
  await database.stop();
}
