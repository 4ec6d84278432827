import "server-only";
import { betterAuth } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { prisma } from "@/lib/db/client";
import { config } from "@/lib/config";
import {
  checkDisplayName,
  checkPassword,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  type AccountProblem,
} from "./account-rules";
import { claimInvitation } from "./invitations";
import { roleSchema } from "./roles";

/** Promotes the account to admin when the team has none yet: the first account runs the studio. */
async function promoteIfFirstAccount(userId: string) {
  await prisma.$transaction(async (tx) => {
    // Serialises concurrent first sign-ups so exactly one becomes admin.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('kling-studio:first-admin'))`;
    const admins = await tx.user.count({ where: { role: "admin" } });
    if (admins === 0) await tx.user.update({ where: { id: userId }, data: { role: "admin" } });
  });
}

function refuse(problem: AccountProblem): never {
  throw new APIError("BAD_REQUEST", {
    message: problem.message,
    code: problem.rule.toUpperCase(),
    field: problem.field,
  });
}

/** Names and passwords are checked the same way wherever they are set: sign-up, profile, password change, the admin CLI. */
const accountRules = createAuthMiddleware(async (ctx) => {
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  const email = typeof body.email === "string" ? body.email : (ctx.context.session?.user.email ?? "");
  if (ctx.path === "/sign-up/email") {
    const problem = checkDisplayName(body.name) ?? checkPassword(body.password, [email, String(body.name ?? "")]);
    if (problem) refuse(problem);
  }
  if (ctx.path === "/update-user" && "name" in body) {
    const problem = checkDisplayName(body.name);
    if (problem) refuse(problem);
  }
  if (ctx.path === "/change-password" || ctx.path === "/reset-password") {
    const problem = checkPassword(body.newPassword, [email]);
    if (problem) refuse(problem);
  }
});

function createAuth() {
  const { server, auth } = config();
  const signup = auth.signup;
  return betterAuth({
    secret: auth.secret,
    baseURL: server.publicUrl,
    database: prismaAdapter(prisma, { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      autoSignIn: true,
    },
    hooks: { before: accountRules },
    // Better Auth's limiter (a few sign-in attempts per address every 10 s) guards against password guessing.
    rateLimit: { enabled: auth.rateLimit, storage: "database" },
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "member", input: false },
      },
    },
    databaseHooks: {
      // Someone removed from the team cannot sign in again (their sessions were ended on removal).
      session: {
        create: {
          before: async (session) => {
            const user = await prisma.user.findUnique({ where: { id: session.userId }, select: { removedAt: true } });
            if (user?.removedAt)
              throw new APIError("FORBIDDEN", { message: "This account was removed from the team. Ask an admin." });
          },
        },
      },
      user: {
        create: {
          before: async (user, ctx) => {
            // Only browser sign-ups are gated: the admin CLI calls the API from the server.
            if (!ctx?.request) return;
            const token = new URL(ctx.request.url).searchParams.get("invite");
            const firstAccount = (await prisma.user.count()) === 0;
            if (token) {
              const invitation = await claimInvitation(token, user.email);
              if (!invitation) {
                throw new APIError("FORBIDDEN", {
                  message: "This invitation link is invalid, used, revoked or expired. Ask an admin for a new one.",
                });
              }
              return { data: { ...user, role: invitation.role } };
            }
            if (signup === "invite" && !firstAccount) {
              throw new APIError("FORBIDDEN", {
                message: "Sign-up needs an invitation link from an admin of this studio.",
              });
            }
            return { data: { ...user, role: "member" } };
          },
          after: async (user) => {
            if (roleSchema.parse(user.role ?? "member") !== "admin") await promoteIfFirstAccount(user.id);
          },
        },
      },
    },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { auth?: Auth };

export function getAuth(): Auth {
  globalForAuth.auth ??= createAuth();
  return globalForAuth.auth;
}
