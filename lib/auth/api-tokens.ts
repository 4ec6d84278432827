import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { roleSchema, type Role } from "./roles";
import type { SessionUser } from "./session";

// Personal API tokens for scripts. A token is 32 random bytes: its SHA-256 is enough to keep (no
// password-style stretching is needed for that much entropy), so the token itself is shown once.

export const API_TOKEN_SCOPES = ["read", "write", "admin"] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

const TOKEN_PREFIX = "ks_";
/** Last use is written at most this often, so a busy script does not write on every request. */
const LAST_USE_RESOLUTION_MS = 60_000;

export const ApiTokenInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: "Give the token a name." })
    .max(100, { error: "Use at most 100 characters." }),
  scope: z.enum(API_TOKEN_SCOPES).default("read"),
  /** Days until it stops working; none: until revoked. */
  expiresInDays: z.int().min(1).max(3650).optional(),
});
export type ApiTokenInput = z.input<typeof ApiTokenInputSchema>;

export class ApiTokenRuleError extends Error {}

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

/** What a role may hand a token: members read and write, admins also administer. */
export function scopesFor(role: Role): readonly ApiTokenScope[] {
  return role === "admin" ? API_TOKEN_SCOPES : ["read", "write"];
}

/** Makes a token for `user`; the token is in the answer and nowhere else. */
export async function createApiToken(user: Pick<SessionUser, "id" | "role">, input: ApiTokenInput) {
  const { name, scope, expiresInDays } = ApiTokenInputSchema.parse(input);
  if (!scopesFor(user.role).includes(scope))
    throw new ApiTokenRuleError("Only admins can create tokens with the admin scope.");
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const record = await prisma.apiToken.create({
    data: {
      userId: user.id,
      name,
      scope,
      tokenHash: hashOf(token),
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      expiresAt: expiresInDays ? new Date(Date.now() + expiresInDays * 24 * 60 * 60 * 1000) : null,
    },
  });
  return { token, record };
}

export function listApiTokens(userId: string) {
  return prisma.apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      scope: true,
      prefix: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdAt: true,
    },
  });
}

/** Revokes one of the user's own tokens; it is refused from then on. */
export async function revokeApiToken(userId: string, tokenId: string): Promise<boolean> {
  const { count } = await prisma.apiToken.updateMany({
    where: { id: tokenId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count > 0;
}

export type TokenCaller = { user: SessionUser; scope: ApiTokenScope; tokenId: string };

/** Who a bearer token speaks for, or null for an unknown, revoked or expired token (or a removed member). */
export async function authenticateApiToken(token: string): Promise<TokenCaller | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const record = await prisma.apiToken.findUnique({
    where: { tokenHash: hashOf(token) },
    include: { user: { select: { id: true, email: true, name: true, role: true, removedAt: true } } },
  });
  const now = new Date();
  if (!record || record.revokedAt || (record.expiresAt && record.expiresAt <= now) || record.user.removedAt)
    return null;
  if (!record.lastUsedAt || now.getTime() - record.lastUsedAt.getTime() > LAST_USE_RESOLUTION_MS) {
    await prisma.apiToken.update({ where: { id: record.id }, data: { lastUsedAt: now } });
  }
  const role = roleSchema.catch("member").parse(record.user.role);
  // A token never outranks its owner: an admin demoted to member loses the admin scope.
  const scope = record.scope === "admin" && role !== "admin" ? "write" : record.scope;
  const { id, email, name } = record.user;
  return { user: { id, email, name, role }, scope, tokenId: record.id };
}
