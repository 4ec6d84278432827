import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

/** `PRIVATE_MEDIA_NETWORKS=10.0.0.0/8,192.168.1.20`: CIDRs or single addresses; anything else is refused. */
export function parseAllowedNetworks(value: string | undefined): { networks: string[]; problems: string[] } {
  const networks: string[] = [];
  const problems: string[] = [];
  for (const entry of (value ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    if (isIP(entry) !== 0 || isCidr(entry)) networks.push(entry);
    else problems.push(`PRIVATE_MEDIA_NETWORKS: "${entry}" is neither an IP address nor a CIDR range`);
  }
  return { networks, problems };
}

export function isCidr(value: string): boolean {
  try {
    ipaddr.parseCIDR(value);
    return true;
  } catch {
    return false;
  }
}
