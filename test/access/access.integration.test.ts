import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";

// Server actions read the session from next/headers: each test sets what the "browser" sends.
const requestHeaders = vi.hoisted(() => ({ current: new Headers() }));
vi.mock("next/headers", () => ({
  headers: async () => requestHeaders.current,
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined, has: () => false }),
}));

const APP = path.resolve("app");
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
// The only handlers anyone may call without a session.
// Media for providers is authenticated by a signed URL, callbacks by a per-task secret in the path or
// (Kling with KLING_WEBHOOK_SECRET) by a Standard Webhooks signature,
// a shared generation's video by its share link's token (test/gallery covers that it answers nothing else).
// The API's OpenAPI document and reference page describe the API only.
const PUBLIC_ROUTES = new Set([
  "api/auth/[...all]/route.ts GET",
  "api/auth/[...all]/route.ts POST",
  "api/health/route.ts GET",
  "api/media/public/[...key]/route.ts GET",
  "api/callbacks/[id]/[secret]/route.ts POST",
  "api/callbacks/kling/route.ts POST",
  "api/shared/[token]/[file]/route.ts GET",
  // The API's description and its reference page: nothing of the team's.
  "api/v1/openapi.json/route.ts GET",
  "api/v1/docs/route.ts GET",
  "api/v1/docs/[file]/route.ts GET",
]);

function filesNamed(dir: string, names: Set<string>): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesNamed(full, names);
    return names.has(entry.name) ? [full] : [];
  });
}

type Guarded = ((...args: never[]) => Promise<unknown>) & { access?: "user" | "admin" };

async function sessionCookie(email: string): Promise<string> {
  const { getAuth } = await import("@/lib/auth/auth");
  const { headers } = await getAuth().api.signUpEmail({
    body: { email, password: "correct-horse-battery", name: email.split("@")[0]! },
    returnHeaders: true,
  });
  return headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

let adminCookie = "";
let memberCookie = "";

beforeAll(async () => {
  const stamp = Date.now();
  adminCookie = await sessionCookie(`admin-${stamp}@access.test`);
  memberCookie = await sessionCookie(`member-${stamp}@access.test`);
  // Other files may have made the first account already: set the roles this test needs.
  const { prisma } = await import("@/lib/db/client");
  await prisma.user.update({ where: { email: `admin-${stamp}@access.test` }, data: { role: "admin" } });
  await prisma.user.update({ where: { email: `member-${stamp}@access.test` }, data: { role: "member" } });
});

describe("route handlers", async () => {
  const routes = filesNamed(APP, new Set(["route.ts"]));
  const handlers = (
    await Promise.all(
      routes.map(async (file) => {
        const routeModule = (await import(file)) as Record<string, Guarded>;
        return HTTP_METHODS.filter((method) => routeModule[method]).map((method) => ({
          name: `${path.relative(APP, file)} ${method}`,
          method,
          handler: routeModule[method]!,
        }));
      }),
    )
  ).flat();

  it("finds the route handlers", () => {
    expect(handlers.length).toBeGreaterThan(PUBLIC_ROUTES.size);
    for (const name of PUBLIC_ROUTES) expect(handlers.map((h) => h.name)).toContain(name);
  });

  for (const { name, method, handler } of handlers.filter((h) => !PUBLIC_ROUTES.has(h.name))) {
    const call = (cookie?: string) =>
      (handler as unknown as (request: Request, context: { params: Promise<object> }) => Promise<Response>)(
        new Request("http://localhost/any", { method, headers: cookie ? { cookie } : {} }),
        { params: Promise.resolve({}) },
      );

    it(`${name} is guarded by the shared helper and refuses a request without a session`, async () => {
      expect(handler.access, `${name} must be wrapped with authedRoute()`).toMatch(/^(user|admin)$/);
      const response = await call();
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ status: 401 });
    });

    if (handler.access === "admin") {
      it(`${name} refuses a member`, async () => {
        expect((await call(memberCookie)).status).toBe(403);
      });
    }
  }
});

describe("server actions", async () => {
  const files = filesNamed(APP, new Set(["actions.ts"]));
  const actions = (
    await Promise.all(
      files.map(async (file) => {
        const actionModule = (await import(file)) as Record<string, Guarded>;
        return Object.entries(actionModule).map(([exportName, serverAction]) => ({
          name: `${path.relative(APP, file)} ${exportName}`,
          serverAction,
        }));
      }),
    )
  ).flat();

  it("finds the server actions", () => {
    expect(actions.length).toBeGreaterThan(0);
  });

  for (const { name, serverAction } of actions) {
    it(`${name} is guarded by the shared helper and refuses a caller without a session`, async () => {
      expect(serverAction.access, `${name} must be built with action()`).toMatch(/^(user|admin)$/);
      requestHeaders.current = new Headers();
      expect(await (serverAction as unknown as (input: unknown) => Promise<unknown>)({})).toMatchObject({
        ok: false,
        error: { code: "unauthorized" },
      });
    });

    it(`${name} refuses a member when it is for admins`, async () => {
      requestHeaders.current = new Headers({ cookie: memberCookie });
      const outcome = await (
        serverAction as unknown as (input: unknown) => Promise<{ ok: boolean; error?: { code: string } }>
      )({});
      if (serverAction.access === "admin") expect(outcome).toMatchObject({ ok: false, error: { code: "forbidden" } });
      else expect(outcome.error?.code).not.toBe("unauthorized");
    });
  }

  it("lets an admin create an invitation", async () => {
    const { createInvitationAction } = await import("@/app/(studio)/settings/actions");
    requestHeaders.current = new Headers({ cookie: adminCookie });
    const outcome = await createInvitationAction({ role: "member" });
    expect(outcome).toMatchObject({ ok: true, data: { url: expect.stringMatching(/\/sign-up\?invite=/) } });
  });
});
