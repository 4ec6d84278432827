import "server-only";
import { currentEnvironment, type Environment } from "@/lib/config/environment";
import { readMediaSection } from "@/lib/config/media";
import type { AddressPolicy } from "./address-policy";

/**
 * The deployment's address policy for fetching members' URLs: public addresses only, plus the
 * networks listed in PRIVATE_MEDIA_NETWORKS (off by default). A malformed entry stops the caller.
 */
export function mediaFetchPolicy(env: Environment = currentEnvironment()): AddressPolicy {
  const { value, problems } = readMediaSection(env);
  if (problems.length) throw new Error(problems.join("; "));
  return { allowedNetworks: value.privateNetworks };
}
