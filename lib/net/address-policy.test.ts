import { describe, expect, it } from "vitest";
import { checkFetchableUrl, isAllowedAddress, parseAllowedNetworks } from "./address-policy";

describe("isAllowedAddress", () => {
  it.each([
    "127.0.0.1",
    "127.255.0.9",
    "10.1.2.3",
    "172.16.0.1",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "::1",
    "::",
    "fe80::1",
    "fc00::1",
    "fd12:3456::1",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "::ffff:169.254.169.254",
    "64:ff9b::7f00:1",
    "not-an-address",
  ])("refuses %s", (address) => {
    expect(isAllowedAddress(address)).toBe(false);
  });

  it.each(["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111"])("allows the public address %s", (address) => {
    expect(isAllowedAddress(address)).toBe(true);
  });

  it("allows private networks only when a deployment lists them", () => {
    const policy = { allowedNetworks: ["10.20.0.0/16", "192.168.1.7"] };
    expect(isAllowedAddress("10.20.3.4", policy)).toBe(true);
    expect(isAllowedAddress("192.168.1.7", policy)).toBe(true);
    expect(isAllowedAddress("10.21.0.1", policy)).toBe(false);
    expect(isAllowedAddress("192.168.1.8", policy)).toBe(false);
    expect(isAllowedAddress("127.0.0.1", policy)).toBe(false);
  });
});

describe("parseAllowedNetworks", () => {
  it("reads CIDRs and addresses, and names what it cannot read", () => {
    expect(parseAllowedNetworks(" 10.0.0.0/8, fd00::/8 ,192.168.0.9,")).toEqual({
      networks: ["10.0.0.0/8", "fd00::/8", "192.168.0.9"],
      problems: [],
    });
    expect(parseAllowedNetworks("10.0.0.0/33,intranet").problems).toHaveLength(2);
    expect(parseAllowedNetworks(undefined)).toEqual({ networks: [], problems: [] });
  });
});

describe("checkFetchableUrl", () => {
  const resolveTo = (addresses: string[]) => async () => addresses;

  it.each([
    "http://127.0.0.1:8080/x.png",
    "http://127.1/x.png",
    "http://2130706433/x.png",
    "http://0x7f000001/x.png",
    "http://0177.0.0.1/x.png",
    "http://0.0.0.0/x.png",
    "http://[::1]/x.png",
    "http://[::ffff:127.0.0.1]/x.png",
    "http://[::ffff:7f00:1]/x.png",
    "http://169.254.169.254/latest/meta-data/",
    "https://10.0.0.5/x.png",
    "http://100.100.100.200/latest/meta-data/",
  ])("refuses %s in every spelling", async (url) => {
    expect(await checkFetchableUrl(url, undefined, resolveTo(["93.184.215.14"]))).toMatchObject({
      ok: false,
      rule: "url_not_public",
    });
  });

  it("refuses a public-looking name that resolves to loopback, or to any private address among public ones", async () => {
    expect(
      await checkFetchableUrl("https://cdn.example.test/x.png", undefined, resolveTo(["127.0.0.1"])),
    ).toMatchObject({ ok: false, rule: "url_not_public" });
    expect(
      await checkFetchableUrl("https://cdn.example.test/x.png", undefined, resolveTo(["93.184.215.14", "10.0.0.1"])),
    ).toMatchObject({ ok: false });
    expect(await checkFetchableUrl("http://localhost:3000/x.png")).toMatchObject({ ok: false, rule: "url_not_public" });
  });

  it("refuses other schemes", async () => {
    for (const url of [
      "file:///etc/passwd",
      "ftp://example.test/x.png",
      "gopher://127.0.0.1/",
      "data:image/png;base64,AAAA",
      "not a url",
    ]) {
      expect(await checkFetchableUrl(url)).toMatchObject({ ok: false, rule: "url_scheme_not_allowed" });
    }
  });

  it("lets a public address through, and leaves a name that does not resolve to the fetch", async () => {
    expect(await checkFetchableUrl("https://cdn.example.test/x.png", undefined, resolveTo(["93.184.215.14"]))).toEqual({
      ok: true,
    });
    expect(
      await checkFetchableUrl("https://cdn.example.test/x.png", undefined, async () =>
        Promise.reject(new Error("ENOTFOUND")),
      ),
    ).toEqual({ ok: true });
  });
});
