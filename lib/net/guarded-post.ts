import "server-only";
import http from "node:http";
import https from "node:https";
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from "request-filtering-agent";
import { PUBLIC_ONLY, type AddressPolicy } from "./address-policy";

// POSTs to a URL a member registered (a webhook endpoint), through the same guard as guardedFetch: the
// socket's address is checked when it connects, so a name cannot resolve to an inside address later.
// Redirects are not followed: a webhook is answered where it was sent.

export type PostOutcome = { status: number; body: string } | { error: string; refused: boolean };

const MAX_ANSWER_BYTES = 16 * 1024;

export function guardedPost(
  target: string,
  {
    body,
    headers,
    timeoutMs,
    policy = PUBLIC_ONLY,
  }: { body: string; headers: Record<string, string>; timeoutMs: number; policy?: AddressPolicy },
): Promise<PostOutcome> {
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      return resolve({ error: "The address is not a valid URL.", refused: true });
    }
    if (url.protocol !== "http:" && url.protocol !== "https:")
      return resolve({ error: `Only http(s) addresses are called, not ${url.protocol}`, refused: true });
    const options = { allowIPAddressList: [...policy.allowedNetworks], keepAlive: false };
    const agent =
      url.protocol === "https:" ? new RequestFilteringHttpsAgent(options) : new RequestFilteringHttpAgent(options);
    const client = url.protocol === "https:" ? https : http;
    const request = client.request(
      url,
      {
        method: "POST",
        agent,
        signal: AbortSignal.timeout(timeoutMs),
        headers: { "content-type": "application/json", "user-agent": "KlingStudio-Webhooks/1", ...headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        let total = 0;
        response.on("data", (chunk: Buffer) => {
          total += chunk.byteLength;
          if (total <= MAX_ANSWER_BYTES) chunks.push(chunk);
        });
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
        );
        response.on("error", (error) => resolve({ error: error.message, refused: false }));
      },
    );
    request.on("error", (error) => {
      const refused = /is not allowed\. Because/.test(error.message);
      resolve({
        error: refused
          ? `${url.hostname} points inside the studio's network; endpoints must be public.`
          : error.message,
        refused,
      });
    });
    request.end(body);
  });
}
