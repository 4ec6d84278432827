import { afterAll, expect, it } from "vitest";
import { prepareEngineEnvironment } from "@/test/engine-harness";

// Admins see the Kling account's resource packs on Settings, read from /account/costs at most once a minute.

const environment = await prepareEngineEnvironment({ KLING_ACCESS_KEY: "ak-packs", KLING_SECRET_KEY: "sk-packs" });
const { startFakeKling } = await import("@/lib/providers/testing/fake-kling");
const fake = await startFakeKling({ accessKey: "ak-packs", secretKey: "sk-packs" });
process.env.KLING_BASE_URL = fake.url;
const { readProviderAccounts, BALANCE_CACHE_MS } = await import("./provider-accounts");

afterAll(async () => {
  await fake.close();
  await environment.cleanUp();
});

const costQueries = () => fake.requests.filter((request) => request.path === "/account/costs").length;

it("reads Kling's resource packs once a minute at most, and says why when it cannot", async () => {
  const now = Date.now();
  const [kling, ...others] = await readProviderAccounts(now);
  expect(others).toEqual([]);
  expect(kling).toMatchObject({
    provider: "kling",
    packs: [{ name: "Video Generation - 10,000 entries", total: 10_000, remaining: 8_118, status: "online" }],
  });
  expect(costQueries()).toBe(1);

  fake.resourcePacks[0]!.remaining = 7_000;
  await readProviderAccounts(now + BALANCE_CACHE_MS - 1_000);
  expect(costQueries()).toBe(1);

  const [later] = await readProviderAccounts(now + BALANCE_CACHE_MS + 1_000);
  expect(later?.packs?.[0]?.remaining).toBe(7_000);
  expect(costQueries()).toBe(2);

  fake.injectFault({
    type: "status",
    status: 429,
    json: { code: 1102, message: "Resource pack depleted", request_id: "r" },
  });
  const [failing] = await readProviderAccounts(now + 3 * BALANCE_CACHE_MS);
  expect(failing).toMatchObject({ packs: null, problem: expect.stringMatching(/resource pack/) });
});
