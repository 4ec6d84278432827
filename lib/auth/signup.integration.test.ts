import { describe, expect, it } from "vitest";

// This file runs in its own module graph: the studio is configured as invitation-only.
process.env.SIGNUP = "invite";
process.env.PUBLIC_URL = "https://studio.example.com";

const { getAuth } = await import("./auth");
const { createInvitation } = await import("./invitations");
const { prisma } = await import("@/lib/db/client");

let signUpAddress = 0;

// Each sign-up from its own address: the limiter allows only a few per address and window.
function signUp(email: string, invite?: string) {
  const url = new URL("https://studio.example.com/api/auth/sign-up/email");
  if (invite) url.searchParams.set("invite", invite);
  return getAuth().handler(
    new Request(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: "https://studio.example.com",
        "x-forwarded-for": `203.0.113.${++signUpAddress}`,
      },
      body: JSON.stringify({ email, password: "a-good-password", name: email.split("@")[0] }),
    }),
  );
}

function signIn(email: string, password: string) {
  return getAuth().handler(
    new Request("https://studio.example.com/api/auth/sign-in/email", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: "https://studio.example.com",
        "x-forwarded-for": "198.51.100.9",
      },
      body: JSON.stringify({ email, password }),
    }),
  );
}

const roleOf = async (email: string) => (await prisma.user.findUniqueOrThrow({ where: { email } })).role;

describe("invitation-only sign-up", () => {
  let adminId = "";

  it("lets the very first account in without an invitation and makes it admin", async () => {
    // This file has a database of its own: the studio starts empty.
    expect(await prisma.user.count()).toBe(0);
    expect((await signUp("owner@invite.test")).status).toBe(200);
    expect(await roleOf("owner@invite.test")).toBe("admin");
    adminId = (await prisma.user.findUniqueOrThrow({ where: { email: "owner@invite.test" } })).id;
  });

  it("refuses a later sign-up without an invitation, saying why", async () => {
    const response = await signUp("stranger@invite.test");
    expect(response.status).toBe(403);
    expect((await response.json()).message).toMatch(/invitation/i);
    expect(await prisma.user.count({ where: { email: "stranger@invite.test" } })).toBe(0);
  });

  it("accepts an invitation once, with the role it grants", async () => {
    const invitation = await createInvitation({ createdById: adminId, role: "admin" });
    expect((await signUp("deputy@invite.test", invitation.token)).status).toBe(200);
    expect(await roleOf("deputy@invite.test")).toBe("admin");
    expect((await signUp("second@invite.test", invitation.token)).status).toBe(403);
  });

  it("refuses an invitation bound to another email address", async () => {
    const invitation = await createInvitation({ createdById: adminId, role: "member", email: "bound@invite.test" });
    expect((await signUp("other@invite.test", invitation.token)).status).toBe(403);
    expect((await signUp("bound@invite.test", invitation.token)).status).toBe(200);
    expect(await roleOf("bound@invite.test")).toBe("member");
  });

  it("slows down password guessing", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++)
      statuses.push((await signIn("owner@invite.test", "wrong-password")).status);
    expect(statuses).toContain(401);
    expect(statuses.at(-1)).toBe(429);
  });
});
