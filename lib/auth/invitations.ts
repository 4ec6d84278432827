import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { roleSchema, type Role } from "./roles";

export const invitationInputSchema = z.object({
  role: roleSchema.default("member"),
  email: z
    .email({ message: "Enter a valid email address, or leave it empty." })
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export async function createInvitation({
  createdById,
  role,
  email,
}: {
  createdById: string;
  role: Role;
  email?: string;
}) {
  return prisma.invitation.create({
    data: {
      token: randomBytes(24).toString("base64url"),
      role,
      email: email ?? null,
      createdById,
      expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS),
    },
  });
}

/**
 * Takes an invitation for one sign-up. The conditional update makes two sign-ups
 * racing on one link end with one account, not two.
 */
export async function claimInvitation(token: string, email: string): Promise<{ role: Role } | null> {
  const claimed = await prisma.invitation.updateManyAndReturn({
    where: {
      token,
      usedAt: null,
      revokedAt: null,
      expiresAt: { gt: new Date() },
      OR: [{ email: null }, { email: { equals: email, mode: "insensitive" } }],
    },
    data: { usedAt: new Date() },
    select: { role: true },
  });
  return claimed[0] ?? null;
}
