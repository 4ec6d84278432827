import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { toNodeHandler } from "better-auth/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareEngineEnvironment } from "@/test/engine-harness";

// Password guessing with a forged X-Forwarded-For per attempt: through the studio's front door
// (what scripts/server.ts puts before Next.js) to Better Auth's real handler and its database-backed
// limiter, every attempt counts against the socket's address.
const environment = await prepareEngineEnvironment({ AUTH_RATE_LIMIT: "on" });
const { getAuth } = await import("@/lib/auth/auth");
const { clientAddressResolver } = await import("@/lib/net/client-address");
const { frontDoor } = await import("@/lib/net/front-door");

const email = `guessed-${Date.now()}@hardening.test`;
let server: Server;
let base = "";

beforeAll(async () => {
  await getAuth().api.signUpEmail({ body: { email, password: "correct-horse-battery", name: "Guessed" } });
  server = createServer(frontDoor(toNodeHandler(getAuth()), clientAddressResolver([])));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await environment.cleanUp();
});

const signIn = (password: string, forwardedFor: string) =>
  fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": forwardedFor },
    body: JSON.stringify({ email, password }),
  });

describe("the sign-in limit", () => {
  it("holds against sixty wrong passwords, each with a different forged X-Forwarded-For", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) statuses.push((await signIn("wrong-password!", `198.51.100.${i + 1}`)).status);
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(55);
    // The right password from yet another forged address is refused too until the window passes.
    expect((await signIn("correct-horse-battery", "192.0.2.77")).status).toBe(429);
  });

  it("answers a malformed path 400 before anything else runs", async () => {
    const response = await fetch(`${base}/api/assets/%zz`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ rule: "path_invalid" });
  });
});
