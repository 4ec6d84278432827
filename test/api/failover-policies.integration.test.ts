import { beforeAll, expect, it } from "vitest";
import { prepareEngineEnvironment, signedInUser } from "@/test/engine-harness";

// Scripts set the team's failover order through /api/v1/failover-policies, as admins do on Settings.

await prepareEngineEnvironment();
const { prisma } = await import("@/lib/db/client");
const { createApiToken } = await import("@/lib/auth/api-tokens");
const route = await import("@/app/api/v1/failover-policies/route");

const tokens = { admin: "", read: "" };
const call = (handler: unknown, token: string, init: RequestInit = {}) =>
  (handler as (request: Request, context: { params: Promise<object> }) => Promise<Response>)(
    new Request("http://localhost/api/v1/failover-policies", {
      ...init,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    }),
    { params: Promise.resolve({}) },
  );

beforeAll(async () => {
  const user = await signedInUser(`failover-api-${Date.now()}@api.test`);
  await prisma.user.update({ where: { id: user.id }, data: { role: "admin" } });
  const owner = { id: user.id, role: "admin" as const };
  tokens.admin = (await createApiToken(owner, { name: "ops", scope: "admin" })).token;
  tokens.read = (await createApiToken(owner, { name: "look", scope: "read" })).token;
});

it("lists the families two providers serve, saves an order, and refuses a provider that does not serve it", async () => {
  const listed = await (await call(route.GET, tokens.read)).json();
  const v3 = listed.families.find((family: { family: string }) => family.family === "kling-v3");
  expect(v3.offered.map((entry: { provider: string }) => entry.provider)).toEqual(
    expect.arrayContaining(["dashscope", "v3-gateway", "xcompute", "kling"]),
  );
  expect(v3.policy).toBeNull();

  const body = { family: "kling-v3", providers: ["dashscope", "xcompute"], enabled: true, dropUnsupported: false };
  const saved = await call(route.PUT, tokens.admin, { method: "PUT", body: JSON.stringify(body) });
  expect(saved.status).toBe(200);
  const again = await (await call(route.GET, tokens.read)).json();
  expect(again.families.find((family: { family: string }) => family.family === "kling-v3").policy).toEqual({
    providers: ["dashscope", "xcompute"],
    enabled: true,
    dropUnsupported: false,
  });

  const stranger = await call(route.PUT, tokens.admin, {
    method: "PUT",
    body: JSON.stringify({ ...body, providers: ["dashscope", "kling-gateway"] }),
  });
  expect(stranger.status).toBe(400);
  expect((await stranger.json()).violations[0]).toMatchObject({ path: "providers", rule: "failover_policy_invalid" });

  const member = await call(route.PUT, tokens.read, { method: "PUT", body: JSON.stringify(body) });
  expect(member.status).toBe(403);
});
