import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchRefusedError, guardedFetch } from "./guarded-fetch";

// A "victim" listener on 127.0.0.1 that must never be reached, and a media server on 127.0.0.2 that
// a deployment allows (PRIVATE_MEDIA_NETWORKS) and that redirects wherever a test asks.
type Listener = { server: Server; url: string; hits: string[] };

async function listen(
  host: string,
  handle: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<Listener> {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(request.url ?? "");
    handle(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return { server, hits, url: `http://${host}:${(server.address() as AddressInfo).port}` };
}

let victim: Listener;
let media: Listener;
const allowMedia = { allowedNetworks: ["127.0.0.2"] };
const options = { maxBytes: 1024, timeoutMs: 2_000 };

beforeAll(async () => {
  victim = await listen("127.0.0.1", (_request, response) => response.end("secret"));
  media = await listen("127.0.0.2", (request, response) => {
    const url = new URL(request.url ?? "/", "http://x");
    if (url.pathname === "/redirect") {
      response.writeHead(302, { location: url.searchParams.get("to") ?? "/" });
      return response.end();
    }
    if (url.pathname === "/big") return response.end(Buffer.alloc(4096));
    if (url.pathname === "/slow") return setTimeout(() => response.end("late"), 5_000);
    response.end("picture");
  });
});
afterAll(() => {
  victim.server.closeAllConnections();
  media.server.closeAllConnections();
  victim.server.close();
  media.server.close();
});

async function refusal(url: string, policy = allowMedia): Promise<FetchRefusedError> {
  const error = await guardedFetch(url, { ...options, policy }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FetchRefusedError);
  return error as FetchRefusedError;
}

describe("guardedFetch", () => {
  it("fetches from an allowed address", async () => {
    const response = await guardedFetch(`${media.url}/frame.png`, { ...options, policy: allowMedia });
    expect(response.body.toString()).toBe("picture");
  });

  it("refuses every spelling of loopback without the listener seeing a request", async () => {
    const port = new URL(victim.url).port;
    for (const host of [
      "127.0.0.1",
      "127.1",
      "2130706433",
      "0x7f000001",
      "0.0.0.0",
      "[::1]",
      "[::ffff:127.0.0.1]",
      "localhost",
    ]) {
      expect((await refusal(`http://${host}:${port}/x.png`)).rule, host).toBe("url_not_public");
    }
    expect(victim.hits).toEqual([]);
  });

  it("refuses the link-local metadata address", async () => {
    expect((await refusal("http://169.254.169.254/latest/meta-data/")).rule).toBe("url_not_public");
  });

  it("checks every redirect the same way: a redirect to loopback is not followed", async () => {
    const error = await refusal(`${media.url}/redirect?to=${encodeURIComponent(`${victim.url}/secret`)}`);
    expect(error.rule).toBe("url_not_public");
    expect(victim.hits).toEqual([]);
  });

  it("refuses a redirect to another scheme, and more than three redirects", async () => {
    expect((await refusal(`${media.url}/redirect?to=${encodeURIComponent("file:///etc/passwd")}`)).rule).toBe(
      "url_scheme_not_allowed",
    );
    let chain = `${media.url}/frame.png`;
    for (let i = 0; i < 4; i++) chain = `${media.url}/redirect?to=${encodeURIComponent(chain)}`;
    expect((await refusal(chain)).rule).toBe("too_many_redirects");
    chain = `${media.url}/frame.png`;
    for (let i = 0; i < 3; i++) chain = `${media.url}/redirect?to=${encodeURIComponent(chain)}`;
    expect((await guardedFetch(chain, { ...options, policy: allowMedia })).body.toString()).toBe("picture");
  });

  it("caps the size and the time", async () => {
    expect((await refusal(`${media.url}/big`)).rule).toBe("too_large");
    const slow = await guardedFetch(`${media.url}/slow`, { maxBytes: 1024, timeoutMs: 200, policy: allowMedia }).catch(
      (error: unknown) => error,
    );
    expect(slow).toMatchObject({ rule: "timeout" });
  });

  it("refuses the allowed network too when the policy does not list it", async () => {
    expect((await refusal(`${media.url}/frame.png`, { allowedNetworks: [] })).rule).toBe("url_not_public");
  });
});
