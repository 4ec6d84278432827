import { defineConfig } from "prisma/config";

// The studio applies migrations itself (lib/db/migrations.ts); this file serves the
// Prisma CLI where its native engine exists (`prisma migrate deploy`, `prisma studio`).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
