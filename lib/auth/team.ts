import "server-only";
import { prisma } from "@/lib/db/client";
import type { Role } from "./roles";

/** A change an admin may not make, said in words (e.g. the studio's last admin demoting themselves). */
export class TeamRuleError extends Error {}

const activeAdmins = () => prisma.user.count({ where: { role: "admin", removedAt: null } });

async function activeMember(memberId: string) {
  const member = await prisma.user.findUnique({
    where: { id: memberId },
    select: { id: true, role: true, removedAt: true },
  });
  if (!member || member.removedAt) throw new TeamRuleError("No current member of the team has this id.");
  return member;
}

/** Gives a member another role. The studio always keeps an admin: the last one cannot become a member. */
export async function changeMemberRole(memberId: string, role: Role): Promise<void> {
  const member = await activeMember(memberId);
  if (member.role === role) return;
  if (member.role === "admin" && (await activeAdmins()) <= 1)
    throw new TeamRuleError("The studio needs an admin: make someone else admin first.");
  await prisma.user.update({ where: { id: memberId }, data: { role } });
}

/**
 * Removes someone from the team: they are signed out everywhere and cannot sign in again; their
 * generations stay in the gallery, attributed to them. The last admin cannot be removed.
 */
export async function removeMember(memberId: string): Promise<void> {
  const member = await activeMember(memberId);
  if (member.role === "admin" && (await activeAdmins()) <= 1)
    throw new TeamRuleError("The studio needs an admin: the last one cannot be removed.");
  await prisma.$transaction([
    prisma.user.update({ where: { id: memberId }, data: { removedAt: new Date() } }),
    prisma.session.deleteMany({ where: { userId: memberId } }),
  ]);
}

export type InvitationState = "pending" | "used" | "expired" | "revoked";

/** Every invitation, newest first, with its state; a pending one keeps its link for copying. */
export async function listInvitations(now = new Date()) {
  const invitations = await prisma.invitation.findMany({
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      id: true,
      token: true,
      email: true,
      role: true,
      expiresAt: true,
      usedAt: true,
      revokedAt: true,
      createdAt: true,
    },
  });
  return invitations.map(({ token, ...invitation }) => {
    const state: InvitationState = invitation.revokedAt
      ? "revoked"
      : invitation.usedAt
        ? "used"
        : invitation.expiresAt <= now
          ? "expired"
          : "pending";
    return { ...invitation, state, token: state === "pending" ? token : null };
  });
}

/** An unused invitation stops working at once. */
export async function revokeInvitation(id: string): Promise<void> {
  const { count } = await prisma.invitation.updateMany({
    where: { id, usedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (!count) throw new TeamRuleError("This invitation is already used, revoked or gone.");
}
