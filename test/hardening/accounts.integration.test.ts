import { describe, expect, it } from "vitest";
import { prepareEngineEnvironment } from "@/test/engine-harness";

// Names and passwords are checked by the server wherever they are set, not only by the form.
await prepareEngineEnvironment();
const { getAuth } = await import("@/lib/auth/auth");
const { prisma } = await import("@/lib/db/client");

let counter = 0;
const signUp = (body: { name: string; password: string }) =>
  getAuth()
    .api.signUpEmail({ body: { email: `account-${Date.now()}-${counter++}@hardening.test`, ...body } })
    .then(
      () => ({ ok: true as const }),
      (error: { body?: { code?: string; field?: string; message?: string } }) => ({
        ok: false as const,
        ...error.body,
      }),
    );

describe("accounts", () => {
  it.each(["", "   ", "\t\n"])("refuses the display name %j", async (name) => {
    expect(await signUp({ name, password: "correct-horse-battery" })).toMatchObject({
      ok: false,
      code: "NAME_REQUIRED",
      field: "name",
    });
  });

  it.each([
    ["only spaces", "            ", "PASSWORD_BLANK"],
    ["a common password", "password123", "PASSWORD_TOO_WEAK"],
    ["a keyboard walk", "qwertyuiop", "PASSWORD_TOO_WEAK"],
    ["a famous one", "iloveyou1", "PASSWORD_TOO_WEAK"],
    ["too short", "abc", "PASSWORD_TOO_SHORT"],
  ])("refuses a password that is %s, with a clear message", async (_what, password, code) => {
    const outcome = await signUp({ name: "Ada", password });
    expect(outcome).toMatchObject({ ok: false, code, field: "password" });
    expect(outcome.ok === false && outcome.message).toBeTruthy();
  });

  it("accepts a good name and password, and stores nothing for the refused ones", async () => {
    const before = await prisma.user.count();
    await signUp({ name: "", password: "correct-horse-battery" });
    await signUp({ name: "Ada", password: "password123" });
    expect(await prisma.user.count()).toBe(before);
    expect(await signUp({ name: "Ada Lovelace", password: "correct-horse-battery" })).toEqual({ ok: true });
  });
});
