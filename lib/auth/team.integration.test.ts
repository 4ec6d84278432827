import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { getAuth } from "./auth";
import { claimInvitation, createInvitation } from "./invitations";
import { changeMemberRole, listInvitations, removeMember, revokeInvitation, TeamRuleError } from "./team";

async function account(email: string, role: "admin" | "member") {
  const { user } = await getAuth().api.signUpEmail({
    body: { email, password: "correct-horse-battery", name: email.split("@")[0]! },
  });
  await prisma.user.update({ where: { id: user.id }, data: { role } });
  return user.id;
}

const signIn = (email: string) => getAuth().api.signInEmail({ body: { email, password: "correct-horse-battery" } });

describe("running the team", () => {
  it("keeps an admin: the last one cannot be demoted or removed, another can", async () => {
    const ada = await account("ada@team.test", "admin");
    const max = await account("max@team.test", "member");
    await expect(changeMemberRole(ada, "member")).rejects.toThrow(TeamRuleError);
    await expect(removeMember(ada)).rejects.toThrow("The studio needs an admin");
    await changeMemberRole(max, "admin");
    await changeMemberRole(ada, "member");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: ada } })).role).toBe("member");
    await changeMemberRole(ada, "admin");
  });

  it("removes a member: signed out, cannot sign in again, their generations kept", async () => {
    const sam = await account("sam@team.test", "member");
    await signIn("sam@team.test");
    const generation = await prisma.generation.create({
      data: {
        creatorId: sam,
        provider: "simulator",
        model: "kling-simulator",
        mode: "text",
        request: { prompt: "kept" },
        quality: "std",
        durationSeconds: 5,
        status: "succeeded",
      },
    });
    expect(await prisma.session.count({ where: { userId: sam } })).toBeGreaterThan(0);
    await removeMember(sam);
    expect(await prisma.session.count({ where: { userId: sam } })).toBe(0);
    await expect(signIn("sam@team.test")).rejects.toThrow(/removed from the team/);
    expect(await prisma.generation.findUnique({ where: { id: generation.id } })).toMatchObject({ creatorId: sam });
    await expect(removeMember(sam)).rejects.toThrow(TeamRuleError);
  });

  it("lists invitations with their state, and a revoked one no longer signs anyone up", async () => {
    const ada = (await prisma.user.findUniqueOrThrow({ where: { email: "ada@team.test" } })).id;
    const revoked = await createInvitation({ createdById: ada, role: "member" });
    const used = await createInvitation({ createdById: ada, role: "member" });
    await claimInvitation(used.token, "new@team.test");
    await revokeInvitation(revoked.id);
    await expect(revokeInvitation(revoked.id)).rejects.toThrow(TeamRuleError);
    expect(await claimInvitation(revoked.token, "late@team.test")).toBeNull();
    const listed = await listInvitations();
    expect(listed.find((invitation) => invitation.id === revoked.id)).toMatchObject({ state: "revoked", token: null });
    expect(listed.find((invitation) => invitation.id === used.id)).toMatchObject({ state: "used", token: null });
  });
});
