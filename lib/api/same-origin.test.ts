import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./same-origin";

const STUDIO = "https://studio.example";
const request = (method: string, headers: Record<string, string>, url = `${STUDIO}/api/generations`) =>
  new Request(url, { method, headers });

describe("isSameOriginRequest", () => {
  it.each([
    ["POST from the studio's public origin", request("POST", { origin: STUDIO }), true],
    [
      "POST from the address the browser used (127.0.0.1 instead of localhost)",
      request("POST", { origin: "http://127.0.0.1:3000" }, "http://127.0.0.1:3000/api/generations"),
      true,
    ],
    ["POST from another site", request("POST", { origin: "http://evil.example" }), false],
    [
      "POST from another site claiming same-origin fetch metadata",
      request("POST", { origin: "http://evil.example", "sec-fetch-site": "same-origin" }),
      false,
    ],
    ["POST from an opaque origin", request("POST", { origin: "null" }), false],
    ["DELETE from another site", request("DELETE", { origin: "http://evil.example" }), false],
    ["POST with cross-site fetch metadata and no Origin", request("POST", { "sec-fetch-site": "cross-site" }), false],
    ["POST with same-site fetch metadata and no Origin", request("POST", { "sec-fetch-site": "same-site" }), false],
    ["POST with same-origin fetch metadata", request("POST", { "sec-fetch-site": "same-origin" }), true],
    ["POST from a script that sends neither header", request("POST", {}), true],
    ["GET from anywhere (reads change nothing)", request("GET", { origin: "http://evil.example" }), true],
  ])("%s → %s", (_name, candidate, expected) => {
    expect(isSameOriginRequest(candidate, STUDIO)).toBe(expected);
  });
});
