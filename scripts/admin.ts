import { parseArgs } from "node:util";
import { z } from "zod";
import { setEnvironment } from "@/lib/config/environment";
import { openDatabase } from "@/lib/db/database-url";
import { applyMigrations } from "@/lib/db/migrations";
import { roleSchema } from "@/lib/auth/roles";
import { authSecret } from "./lib/auth-secret";
import { launchConfig } from "./lib/launch-config";

const USAGE = `Usage:
  npm run admin -- create-user --email <email> --password <password> --role admin|member [--name <name>]
  npm run admin -- set-role --email <email> --role admin|member
  npm run admin -- list-users
  npm run admin -- create-token --email <email> --name <name> [--scope read|write|admin] [--expires-days <days>]`;

const roleOption = z.enum(roleSchema.options, { message: "--role must be admin or member" });
const createUserSchema = z.object({
  email: z.email({ message: "--email must be an email address" }),
  password: z
    .string({ message: "--password is required" })
    .min(8, { message: "--password needs at least 8 characters" }),
  role: roleOption,
  name: z.string().optional(),
});
const setRoleSchema = z.object({ email: z.email({ message: "--email must be an email address" }), role: roleOption });
const createTokenSchema = z.object({
  email: z.email({ message: "--email must be an email address" }),
  name: z.string({ message: "--name is required" }).min(1, { message: "--name is required" }),
  scope: z.enum(["read", "write", "admin"], { message: "--scope must be read, write or admin" }).default("write"),
  "expires-days": z.coerce
    .number({ message: "--expires-days must be a number of days" })
    .int({ message: "--expires-days must be a whole number of days" })
    .min(1, { message: "--expires-days must be at least 1" })
    .optional(),
});

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: "string" },
    password: { type: "string" },
    role: { type: "string" },
    name: { type: "string" },
    scope: { type: "string" },
    "expires-days": { type: "string" },
  },
});
const command = positionals[0];
if (!command || !["create-user", "set-role", "list-users", "create-token"].includes(command))
  fail("Unknown or missing command.");

function parse<S extends z.ZodType>(schema: S): z.infer<S> {
  const result = schema.safeParse(values);
  if (!result.success) fail(result.error.issues.map((issue) => issue.message).join("\n"));
  return result.data;
}

// The same database the app uses: joins a running embedded server, or starts it for the duration.
const settings = launchConfig();
const database = await openDatabase();
try {
  await applyMigrations(database.url);
  setEnvironment({
    DATABASE_URL: database.url,
    AUTH_SECRET: authSecret(settings.server.dataDir, settings.auth.secret),
  });
  const { prisma } = await import("@/lib/db/client");

  if (command === "create-user") {
    const { email, password, role, name } = parse(createUserSchema);
    if (await prisma.user.findUnique({ where: { email } }))
      fail(`An account with the email ${email} already exists (use set-role to change its role).`);
    const { getAuth } = await import("@/lib/auth/auth");
    const { user } = await getAuth().api.signUpEmail({ body: { email, password, name: name ?? email.split("@")[0]! } });
    await prisma.user.update({ where: { id: user.id }, data: { role } });
    console.log(`Created ${role} ${email}`);
  } else if (command === "set-role") {
    const { email, role } = parse(setRoleSchema);
    const updated = await prisma.user.updateMany({ where: { email }, data: { role } });
    if (updated.count === 0) fail(`No account has the email ${email}.`);
    console.log(`${email} is now ${role}`);
  } else if (command === "create-token") {
    const { email, name, scope, "expires-days": expiresInDays } = parse(createTokenSchema);
    const user = await prisma.user.findUnique({ where: { email }, select: { id: true, role: true } });
    if (!user) fail(`No account has the email ${email}.`);
    const { createApiToken, ApiTokenRuleError } = await import("@/lib/auth/api-tokens");
    const role = user.role === "admin" ? "admin" : "member";
    const made = await createApiToken({ id: user.id, role }, { name, scope, expiresInDays }).catch((error: unknown) => {
      if (error instanceof ApiTokenRuleError) fail(error.message);
      throw error;
    });
    // The token alone on stdout, so `TOKEN=$(npm run -s admin -- create-token …)` works.
    console.error(`Created a ${scope} token "${name}" for ${email}; it is shown once:`);
    console.log(made.token);
  } else {
    const users = await prisma.user.findMany({
      orderBy: { createdAt: "asc" },
      select: { email: true, role: true, createdAt: true },
    });
    for (const user of users)
      console.log(`${user.role.padEnd(7)} ${user.email}  (since ${user.createdAt.toISOString().slice(0, 10)})`);
    if (users.length === 0) console.log("No accounts yet.");
  }
  await prisma.$disconnect();
} finally {
  await database.stop();
}
