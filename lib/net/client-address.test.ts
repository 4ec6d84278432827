import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddressResolver, parseTrustedProxies, setClientAddress } from "./client-address";
import { hasMalformedEncoding } from "./front-door";

function request(remoteAddress: string, headers: Record<string, string> = {}): IncomingMessage {
  return {
    socket: { remoteAddress },
    connection: { remoteAddress },
    headers: { ...headers },
  } as unknown as IncomingMessage;
}

describe("the client's address", () => {
  it("is the socket's when no proxy is trusted, whatever X-Forwarded-For says", () => {
    const resolve = clientAddressResolver([]);
    for (let i = 0; i < 60; i++)
      expect(resolve(request("203.0.113.9", { "x-forwarded-for": `198.51.100.${i}` }))).toBe("203.0.113.9");
  });

  it("comes from X-Forwarded-For only through trusted proxies, taking the nearest untrusted hop", () => {
    const resolve = clientAddressResolver(parseTrustedProxies("loopback, 10.0.0.0/8"));
    expect(resolve(request("127.0.0.1", { "x-forwarded-for": "198.51.100.7" }))).toBe("198.51.100.7");
    // A client that forges the header behind our proxy still shows up as itself.
    expect(resolve(request("10.1.2.3", { "x-forwarded-for": "1.2.3.4, 198.51.100.7" }))).toBe("198.51.100.7");
    // From an untrusted peer, the header is ignored.
    expect(resolve(request("203.0.113.9", { "x-forwarded-for": "198.51.100.7" }))).toBe("203.0.113.9");
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address, range or known name", () => {
    expect(() => clientAddressResolver(["the-load-balancer"])).toThrow();
  });

  it("replaces every forwarding header a client could forge with the one worked out", () => {
    const forged = request("203.0.113.9", {
      "x-forwarded-for": "1.1.1.1",
      "x-real-ip": "2.2.2.2",
      forwarded: "for=3.3.3.3",
    });
    setClientAddress(forged, clientAddressResolver([]));
    expect(forged.headers).toEqual({ "x-forwarded-for": "203.0.113.9" });
  });
});

describe("hasMalformedEncoding", () => {
  it.each([
    ["/api/assets/%zz", true],
    ["/api/generations/%E0%A4%A", true],
    ["/api/media/public/%", true],
    ["/api/assets/abc?x=%zz", false],
    ["/api/assets/%20ok", false],
    ["/studio/text", false],
  ])("%s → %s", (target, expected) => {
    expect(hasMalformedEncoding(target)).toBe(expected);
  });
});
