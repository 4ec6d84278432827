import path from "node:path";
import { openDatabase } from "@/lib/db/database-url";
import { createMigration } from "@/lib/db/migrations";

const name = process.argv[2];
if (!name) {
  console.error("Usage: npm run db:migration -- <name>");
  process.exit(2);
}
const database = await openDatabase();
try {
  const directory = await createMigration(name, database.url);
  console.log(
    directory
      ? `Wrote ${path.relative(process.cwd(), directory)}/migration.sql`
      : "prisma/schema.prisma has no changes since the last migration.",
  );
} finally {
  await database.stop();
}
