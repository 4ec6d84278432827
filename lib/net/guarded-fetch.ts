import "server-only";
import http from "node:http";
import https from "node:https";
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from "request-filtering-agent";
import { PUBLIC_ONLY, type AddressPolicy } from "./address-policy";

/**
 * The one way the server fetches a URL a member gave. http(s) only; the connection goes to an
 * address checked at connect time (request-filtering-agent validates the address the socket
 * actually uses, so a name that resolves differently a second time cannot slip past: no DNS
 * rebinding); every redirect is checked the same way, at most `maxRedirects`; the body is capped
 * and the whole exchange has one deadline.
 */

export type GuardedFetchOptions = {
  policy?: AddressPolicy;
  maxBytes: number;
  timeoutMs: number;
  maxRedirects?: number;
  signal?: AbortSignal;
};

export type GuardedResponse = { url: string; status: number; contentType?: string; body: Buffer };

export type FetchRefusalRule =
  | "url_scheme_not_allowed"
  | "url_not_public"
  | "too_many_redirects"
  | "too_large"
  | "timeout"
  | "http_error"
  | "network_error";

/** Why a guarded fetch did not return a body, with the rule a violation can name. */
export class FetchRefusedError extends Error {
  constructor(
    readonly rule: FetchRefusalRule,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "FetchRefusedError";
  }

  /** Refused by policy (not a network hiccup): the URL must not be used at all. */
  get isPolicyRefusal(): boolean {
    return (
      this.rule === "url_scheme_not_allowed" || this.rule === "url_not_public" || this.rule === "too_many_redirects"
    );
  }
}

const DEFAULT_MAX_REDIRECTS = 3;

function agentFor(url: URL, policy: AddressPolicy): http.Agent {
  const options = { allowIPAddressList: [...policy.allowedNetworks], keepAlive: false };
  return url.protocol === "https:" ? new RequestFilteringHttpsAgent(options) : new RequestFilteringHttpAgent(options);
}

function parseFetchable(value: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    throw new FetchRefusedError("url_scheme_not_allowed", "The address is not a valid URL.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new FetchRefusedError("url_scheme_not_allowed", `Only http(s) URLs are fetched, not ${url.protocol}`);
  return url;
}

/** Provider and media URLs carry credentials in their query strings; keep them out of messages. */
function redact(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

function isAddressRefusal(error: unknown): boolean {
  return error instanceof Error && /is not allowed\. Because/.test(error.message);
}

function requestOnce(
  url: URL,
  policy: AddressPolicy,
  signal: AbortSignal,
  maxBytes: number,
): Promise<GuardedResponse & { location?: string }> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const request = client.get(
      url,
      {
        agent: agentFor(url, policy),
        signal,
        headers: { accept: "image/*,video/*;q=0.9,*/*;q=0.5", "user-agent": "KlingStudio/1" },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (status >= 300 && status < 400 && location) {
          response.resume();
          return resolve({ url: url.href, status, body: Buffer.alloc(0), location });
        }
        const declared = Number(response.headers["content-length"]);
        if (Number.isFinite(declared) && declared > maxBytes) {
          response.destroy();
          return reject(
            new FetchRefusedError("too_large", `${redact(url)} is ${declared} bytes, over the limit of ${maxBytes}.`),
          );
        }
        const chunks: Buffer[] = [];
        let total = 0;
        response.on("data", (chunk: Buffer) => {
          total += chunk.byteLength;
          if (total > maxBytes) {
            response.destroy();
            reject(new FetchRefusedError("too_large", `${redact(url)} is larger than the limit of ${maxBytes} bytes.`));
            return;
          }
          chunks.push(chunk);
        });
        response.on("error", reject);
        response.on("end", () =>
          resolve({
            url: url.href,
            status,
            contentType: response.headers["content-type"],
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    request.on("error", (error) => {
      if (isAddressRefusal(error)) {
        reject(
          new FetchRefusedError(
            "url_not_public",
            `${url.hostname} points inside the studio's network; media must come from a public address.`,
            { cause: error },
          ),
        );
      } else reject(error);
    });
  });
}

/** GET `url` through the guard and return its body; refusals and failures are FetchRefusedErrors. */
export async function guardedFetch(target: string, options: GuardedFetchOptions): Promise<GuardedResponse> {
  const policy = options.policy ?? PUBLIC_ONLY;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let url = parseFetchable(target);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await requestOnce(url, policy, signal, options.maxBytes);
      if (response.location === undefined) {
        if (response.status < 200 || response.status >= 300)
          throw new FetchRefusedError("http_error", `${redact(url)} answered HTTP ${response.status}.`);
        return response;
      }
      if (redirects >= maxRedirects)
        throw new FetchRefusedError("too_many_redirects", `${redact(url)} redirected more than ${maxRedirects} times.`);
      url = parseFetchable(response.location, url);
    }
  } catch (error) {
    if (error instanceof FetchRefusedError) throw error;
    if (timeout.aborted)
      throw new FetchRefusedError("timeout", `Fetching ${redact(url)} took longer than ${options.timeoutMs} ms.`, {
        cause: error,
      });
    if (options.signal?.aborted) throw options.signal.reason ?? error;
    throw new FetchRefusedError(
      "network_error",
      `Fetching ${redact(url)} failed: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}
