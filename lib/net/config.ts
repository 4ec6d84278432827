import "server-only";
import { parseAllowedNetworks, type AddressPolicy } from "./address-policy";

/**
 * The deployment's address policy for fetching members' URLs: public addresses only, plus the
 * networks listed in PRIVATE_MEDIA_NETWORKS (off by default). A malformed entry stops the caller.
 */
export function mediaFetchPolicy(env: Record<string, string | undefined> = process.env): AddressPolicy {
  const { networks, problems } = parseAllowedNetworks(env.PRIVATE_MEDIA_NETWORKS);
  if (problems.length) throw new Error(problems.join("; "));
  return { allowedNetworks: networks };
}
