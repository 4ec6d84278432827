import "server-only";
import { betterAuth } from "better-auth";
import { APIError } from "better-auth/api";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
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

function createAuth() {
  const { AUTH_SECRET, AUTH_RATE_LIMIT, publicUrl, signup } = env();
  return betterAuth({
    secret: AUTH_SECRET,
    baseURL: publicUrl,
    database: prismaAdapter(prisma, { provider: "postgresql" }),
    emailAndPassword: { enabled: true, minPasswordLength: 8, autoSignIn: true },
    // Better Auth's limiter (a few sign-in attempts per address every 10 s) guards against password guessing.
    rateLimit: { enabled: AUTH_RATE_LIMIT === "on", storage: "database" },
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "member", input: false },
      },
    },
    databaseHooks: {
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
                throw new APIError("FORBIDDEN", { message: "This invitation link is invalid, used or expired. Ask an admin for a new one." });
              }
              return { data: { ...user, role: invitation.role } };
            }
            if (signup === "invite" && !firstAccount) {
              throw new APIError("FORBIDDEN", { message: "Sign-up needs an invitation link from an admin of this studio." });
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
