import "server-only";
import { prisma } from "@/lib/db/client";
import {
  FailoverPolicyError,
  FailoverPolicyInputSchema,
  listFailoverFamilies,
  saveFailoverPolicy,
} from "@/lib/tasks/failover-policy";
import { getTaskEngine } from "@/lib/tasks/web-engine";
import { readJsonBody } from "./json-body";
import { problem } from "./route";

// The team's failover policies, for scripts: the same functions as the Settings page.

export async function listPolicies() {
  const engine = await getTaskEngine();
  return Response.json({ families: await listFailoverFamilies(prisma, engine.registry, engine.providersConfig) });
}

export async function putPolicy(request: Request) {
  const input = FailoverPolicyInputSchema.parse(await readJsonBody(request, { maxBytes: 16 * 1024 }));
  try {
    await saveFailoverPolicy(prisma, (await getTaskEngine()).registry, input);
  } catch (error) {
    if (error instanceof FailoverPolicyError)
      return problem(400, error.message, {
        rule: "failover_policy_invalid",
        violations: [{ path: "providers", rule: "failover_policy_invalid", message: error.message }],
      });
    throw error;
  }
  return Response.json({ saved: true, family: input.family });
}
