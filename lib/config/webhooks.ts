import { parseAllowedNetworks } from "@/lib/net/networks";
import type { Environment } from "./environment";
import { positiveInteger, variableReader, type Section } from "./variables";

export type WebhookSettings = {
  /** WEBHOOK_PRIVATE_NETWORKS: networks webhook endpoints may point into (none by default: public addresses only). */
  privateNetworks: string[];
  /** WEBHOOK_RETRY_SECONDS: the wait before the first retry; each next one doubles. */
  retrySeconds: number;
  /** WEBHOOK_ATTEMPTS: tries before a delivery is given up (16 from 10 s: about four days). */
  attempts: number;
};

/** The webhooks section: where endpoints may point, and how failed deliveries are retried. */
export function readWebhookSection(env: Environment): Section<WebhookSettings> {
  const problems: string[] = [];
  const read = variableReader(env, problems);
  const { networks, problems: networkProblems } = parseAllowedNetworks(env.WEBHOOK_PRIVATE_NETWORKS);
  problems.push(
    ...networkProblems.map((problem) => problem.replace("PRIVATE_MEDIA_NETWORKS", "WEBHOOK_PRIVATE_NETWORKS")),
  );
  return {
    value: {
      privateNetworks: networks,
      retrySeconds: read("WEBHOOK_RETRY_SECONDS", positiveInteger("seconds"), 10),
      attempts: read("WEBHOOK_ATTEMPTS", positiveInteger("tries"), 16),
    },
    problems,
  };
}
