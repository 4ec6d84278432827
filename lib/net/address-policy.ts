import "server-only";
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

/**
 * Which addresses the studio's server may fetch on a member's behalf: public unicast only, unless a
 * deployment lists private networks its media live on (PRIVATE_MEDIA_NETWORKS). Loopback, private,
 * link-local (cloud metadata at 169.254.169.254), CGNAT, multicast, unspecified, reserved and
 * IPv4-mapped IPv6 forms of them are all "not unicast" to ipaddr.js, whatever their spelling.
 */
export type AddressPolicy = { allowedNetworks: readonly string[] };

export { parseAllowedNetworks } from "./networks";

export const PUBLIC_ONLY: AddressPolicy = { allowedNetworks: [] };

function inAllowedNetwork(address: ipaddr.IPv4 | ipaddr.IPv6, policy: AddressPolicy): boolean {
  return policy.allowedNetworks.some((network) => {
    try {
      if (isIP(network) !== 0) return ipaddr.parse(network).toNormalizedString() === address.toNormalizedString();
      const [base, bits] = ipaddr.parseCIDR(network);
      return address.kind() === base.kind() && address.match([base, bits] as never);
    } catch {
      return false;
    }
  });
}

/** Whether the server may connect to this IP address. */
export function isAllowedAddress(address: string, policy: AddressPolicy = PUBLIC_ONLY): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  if (inAllowedNetwork(parsed, policy)) return true;
  return parsed.range() === "unicast";
}

export type UrlVerdict =
  { ok: true } | { ok: false; rule: "url_scheme_not_allowed" | "url_not_public"; message: string };

type Resolver = (hostname: string) => Promise<string[]>;

const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * Checks a URL before anything is fetched from it: http(s) only, and every address its host
 * resolves to allowed. A name that does not resolve is not refused here (the fetch will fail and
 * say so); the fetch itself checks again, on the address it connects to.
 */
export async function checkFetchableUrl(
  url: string,
  policy: AddressPolicy = PUBLIC_ONLY,
  resolve: Resolver = systemResolver,
): Promise<UrlVerdict> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, rule: "url_scheme_not_allowed", message: "This is not a valid http(s) URL." };
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    return { ok: false, rule: "url_scheme_not_allowed", message: "Only http(s) URLs can be fetched." };
  }
  // The WHATWG parser already turned 127.1, 2130706433 and 0x7f000001 into 127.0.0.1.
  const host = parsed.hostname.replace(/^\[(.*)\]$/, "$1");
  const addresses = isIP(host) !== 0 ? [host] : await resolve(host).catch(() => []);
  const refused = addresses.find((address) => !isAllowedAddress(address, policy));
  if (refused) {
    return {
      ok: false,
      rule: "url_not_public",
      message: `This address points inside the studio's network (${host === refused ? refused : `${host} is ${refused}`}); media must come from a public address.`,
    };
  }
  return { ok: true };
}
