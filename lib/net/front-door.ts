import type { IncomingMessage, ServerResponse } from "node:http";
import { setClientAddress, type ClientAddressResolver } from "./client-address";

/** Whether a request target has percent-encoding that cannot be decoded (`/api/assets/%zz`). */
export function hasMalformedEncoding(target: string): boolean {
  const path = target.split("?")[0] ?? "";
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

type NodeHandler = (request: IncomingMessage, response: ServerResponse) => unknown;

/**
 * The studio's front door, in front of Next.js: a path with malformed percent-encoding is the
 * caller's mistake (400) rather than a crash in Next's router, and every request carries the
 * client address worked out from the socket and TRUSTED_PROXIES.
 */
export function frontDoor(handle: NodeHandler, resolve: ClientAddressResolver): NodeHandler {
  return (request, response) => {
    if (hasMalformedEncoding(request.url ?? "/")) {
      response.writeHead(400, { "content-type": "application/problem+json", "x-content-type-options": "nosniff" });
      response.end(
        JSON.stringify({
          type: "about:blank",
          title: "Bad Request",
          status: 400,
          detail: "The address contains malformed percent-encoding.",
          rule: "path_invalid",
        }),
      );
      return;
    }
    setClientAddress(request, resolve);
    return handle(request, response);
  };
}
