import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/lib/db/generated/client";
import {
  PROVIDER_LABELS,
  PROVIDERS,
  providerAvailability,
  type ProviderId,
  type ProviderRegistry,
  type ProvidersConfig,
} from "@/lib/providers/server";

// The team's failover policies (lib/tasks/failover.ts applies them): per model family, the providers to try in
// order, on or off, and whether options the next provider lacks may be dropped. Admins set them on Settings.

export const FailoverPolicyInputSchema = z.object({
  family: z.string().min(1).max(100),
  providers: z.array(z.enum(PROVIDERS)).max(PROVIDERS.length),
  enabled: z.boolean(),
  dropUnsupported: z.boolean(),
});
export type FailoverPolicyInput = z.infer<typeof FailoverPolicyInputSchema>;

export type FailoverFamily = {
  family: string;
  /** Providers serving this family: their label, and whether this studio can use them. */
  offered: { provider: ProviderId; label: string; available: boolean }[];
  policy: { providers: ProviderId[]; enabled: boolean; dropUnsupported: boolean } | null;
};

export class FailoverPolicyError extends Error {}

/** Every model family more than one provider serves, with the policy set for it. */
export async function listFailoverFamilies(
  prisma: PrismaClient,
  registry: ProviderRegistry,
  config: ProvidersConfig,
): Promise<FailoverFamily[]> {
  const offered = new Map<string, FailoverFamily["offered"]>();
  for (const provider of PROVIDERS)
    for (const model of registry[provider].capabilities.models)
      if (model.family && !offered.get(model.family)?.some((entry) => entry.provider === provider))
        offered.set(model.family, [
          ...(offered.get(model.family) ?? []),
          { provider, label: PROVIDER_LABELS[provider], available: providerAvailability(config, provider).available },
        ]);
  const policies = new Map((await prisma.failoverPolicy.findMany()).map((policy) => [policy.family, policy]));
  return [...offered.entries()]
    .filter(([, providers]) => providers.length > 1)
    .map(([family, providers]) => {
      const policy = policies.get(family);
      return {
        family,
        offered: providers,
        policy: policy
          ? {
              providers: policy.providers as ProviderId[],
              enabled: policy.enabled,
              dropUnsupported: policy.dropUnsupported,
            }
          : null,
      };
    });
}

export async function saveFailoverPolicy(
  prisma: PrismaClient,
  registry: ProviderRegistry,
  input: FailoverPolicyInput,
): Promise<void> {
  const serving = new Set(
    PROVIDERS.filter((provider) =>
      registry[provider].capabilities.models.some((model) => model.family === input.family),
    ),
  );
  if (serving.size < 2) throw new FailoverPolicyError(`No two providers serve the model family "${input.family}".`);
  const strangers = input.providers.filter((provider) => !serving.has(provider));
  if (strangers.length > 0)
    throw new FailoverPolicyError(
      `${strangers.map((provider) => PROVIDER_LABELS[provider]).join(", ")} does not serve ${input.family}.`,
    );
  if (new Set(input.providers).size !== input.providers.length)
    throw new FailoverPolicyError("Each provider may appear once in the order.");
  const data = { providers: input.providers, enabled: input.enabled, dropUnsupported: input.dropUnsupported };
  await prisma.failoverPolicy.upsert({
    where: { family: input.family },
    create: { family: input.family, ...data },
    update: data,
  });
}

export type ProviderStatus = {
  provider: ProviderId;
  label: string;
  state: "closed" | "open" | "half_open";
  lastError: string | null;
  /** Failed share of the generations it finished in the last 24 hours, null when none finished. */
  errorRate: number | null;
  /** Median seconds from creation to the end of its successes of the last 24 hours. */
  medianSeconds: number | null;
  /** Generations waiting to be sent to it. */
  waiting: number;
};

/** Admins' status panel: each usable remote provider's circuit and its last day. */
export async function readProviderStatus(prisma: PrismaClient, config: ProvidersConfig): Promise<ProviderStatus[]> {
  const providers = PROVIDERS.filter(
    (provider) => provider !== "simulator" && providerAvailability(config, provider).available,
  );
  if (providers.length === 0) return [];
  const [health, rows] = await Promise.all([
    prisma.providerHealth.findMany({ where: { provider: { in: providers } } }),
    prisma.$queryRaw<{ provider: string; failed: bigint; succeeded: bigint; median: number | null; waiting: bigint }[]>`
      SELECT provider,
        count(*) FILTER (WHERE status = 'failed' AND "finishedAt" > now() - interval '1 day') AS failed,
        count(*) FILTER (WHERE status = 'succeeded' AND "finishedAt" > now() - interval '1 day') AS succeeded,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM ("finishedAt" - "createdAt")))
          FILTER (WHERE status = 'succeeded' AND "finishedAt" > now() - interval '1 day') AS median,
        count(*) FILTER (WHERE status = 'submitting') AS waiting
      FROM generation
      WHERE provider = ANY(${providers}) AND (status = 'submitting' OR "finishedAt" > now() - interval '1 day')
      GROUP BY provider`,
  ]);
  return providers.map((provider) => {
    const circuit = health.find((row) => row.provider === provider);
    const stats = rows.find((row) => row.provider === provider);
    const finished = Number(stats?.failed ?? 0) + Number(stats?.succeeded ?? 0);
    return {
      provider,
      label: PROVIDER_LABELS[provider],
      state: (circuit?.state ?? "closed") as ProviderStatus["state"],
      lastError: circuit?.state === "closed" ? null : (circuit?.lastError ?? null),
      errorRate: finished > 0 ? Number(stats?.failed ?? 0) / finished : null,
      medianSeconds: stats?.median === null || stats?.median === undefined ? null : Math.round(Number(stats.median)),
      waiting: Number(stats?.waiting ?? 0),
    };
  });
}
