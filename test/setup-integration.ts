import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

// Each test file works on its own copy of the migrated template database.
const serverUrl = inject("databaseServerUrl");
const template = inject("templateDatabase");
const database = `${template.replace(/_template$/, "")}_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${template}"`);
await admin.end();

const url = new URL(serverUrl);
url.pathname = `/${database}`;
// Server modules read their configuration from the environment, as in production.
process.env.DATABASE_URL = url.toString();
process.env.AUTH_SECRET ??= "integration-tests-secret-integration-tests-secret";
