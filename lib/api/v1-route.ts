import "server-only";
import { randomUUID } from "node:crypto";
import { authenticateApiToken, type ApiTokenScope } from "@/lib/auth/api-tokens";
import { AccessError, requireUser, type SessionUser } from "@/lib/auth/session";
import { config } from "@/lib/config";
import { errorAnswer, problem, readParams, type RouteContext } from "./route";
import { rateLimitHeaders, takeRequest } from "./rate-limit";
import { isSameOriginRequest } from "./same-origin";

// Every /api/v1 handler goes through here: a personal token (`Authorization: Bearer …`) or the
// browser's session, the scope the route needs, the caller's rate limit, one problem+json shape.

/** Who calls, with what scope; `limitKey` is what the rate limit counts (each token apart, or the user's browser). */
export type Caller = { user: SessionUser; scope: ApiTokenScope; via: "token" | "session"; limitKey: string };
type Handler<P> = (request: Request, context: { user: SessionUser; caller: Caller; params: P }) => Promise<Response>;

const RANK: Record<ApiTokenScope, number> = { read: 0, write: 1, admin: 2 };

/** A problem with headers (problem() sets only its content type). */
function refuse(status: number, detail: string, extra: Record<string, unknown>, headers: Record<string, string>) {
  const response = problem(status, detail, extra);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

async function callerOf(request: Request): Promise<Caller | Response> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    const caller = token ? await authenticateApiToken(token) : null;
    if (!caller)
      return refuse(
        401,
        "The API token is unknown, revoked or expired. Create one in Settings.",
        { rule: "token_invalid" },
        { "WWW-Authenticate": 'Bearer realm="kling-studio", error="invalid_token"' },
      );
    return { user: caller.user, scope: caller.scope, via: "token", limitKey: `token:${caller.tokenId}` };
  }
  const user = await requireUser("user", request.headers);
  // A token is never sent by a browser on its own; a cookie is, so cookie changes must come from the studio's pages.
  if (!isSameOriginRequest(request, new URL(config().server.publicUrl).origin))
    return problem(403, "This request came from another site; use an API token for scripts.", {
      rule: "cross_origin",
    });
  return { user, scope: user.role === "admin" ? "admin" : "write", via: "session", limitKey: `user:${user.id}` };
}

export function apiRoute<P = Record<string, never>>(needs: ApiTokenScope, handler: Handler<P>) {
  const route = async (request: Request, context: RouteContext<P>) => {
    const requestId = randomUUID();
    const params = readParams(context);
    params.catch(() => undefined);
    try {
      const caller = await callerOf(request);
      if (caller instanceof Response) return caller;
      if (RANK[caller.scope] < RANK[needs]) {
        if (caller.via === "session") throw new AccessError(403);
        return problem(403, `This token's scope is "${caller.scope}"; this request needs "${needs}".`, {
          rule: "scope_insufficient",
          requestId,
        });
      }
      const verdict = await takeRequest(caller.limitKey, config().auth.apiRequestsPerMinute);
      const headers = rateLimitHeaders(verdict);
      if (!verdict.allowed)
        return refuse(
          429,
          `Too many requests: ${verdict.limit} a minute are allowed. Try again in ${verdict.resetSeconds} s.`,
          { rule: "rate_limited", requestId },
          headers,
        );
      const response = await handler(request, { user: caller.user, caller, params: await params });
      for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
      return response;
    } catch (error) {
      return errorAnswer(error, requestId);
    }
  };
  // Declared access, read by the test that proves every route refuses strangers (and members, for admin routes).
  return Object.assign(route, { access: needs === "admin" ? ("admin" as const) : ("user" as const), scope: needs });
}
