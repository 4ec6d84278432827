import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

/**
 * The address a request really came from. `X-Forwarded-For` is believed only when the hop that
 * sent it is a configured proxy (TRUSTED_PROXIES: CIDRs, addresses, or proxy-addr's names
 * `loopback`, `linklocal`, `uniquelocal`); otherwise anyone could pick an address per request and
 * walk past the sign-in limit. With nothing configured, the socket's address is the answer.
 */
export type ClientAddressResolver = (request: IncomingMessage) => string;

export function parseTrustedProxies(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** Throws, naming the entry, when TRUSTED_PROXIES holds something that is not an address or range. */
export function clientAddressResolver(trustedProxies: readonly string[]): ClientAddressResolver {
  const trust = trustedProxies.length ? proxyaddr.compile([...trustedProxies]) : () => false;
  return (request) => proxyaddr(request, trust) || request.socket.remoteAddress || "";
}

/** Headers a client may send to pose as someone else; replaced by what the server worked out. */
export const FORWARDING_HEADERS = [
  "x-forwarded-for",
  "x-real-ip",
  "forwarded",
  "cf-connecting-ip",
  "true-client-ip",
  "x-client-ip",
] as const;

/** Rewrites the request so everything behind the server (Better Auth's limiter included) sees one trustworthy address. */
export function setClientAddress(request: IncomingMessage, resolve: ClientAddressResolver): void {
  const address = resolve(request);
  for (const header of FORWARDING_HEADERS) delete request.headers[header];
  if (address) request.headers["x-forwarded-for"] = address;
}
