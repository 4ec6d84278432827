import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { AccessError, requireUser, type Access, type SessionUser } from "@/lib/auth/session";
import { config } from "@/lib/config";
import { issuesToViolations } from "@/lib/providers";
import { ApiError, problem } from "./errors";
import { isSameOriginRequest } from "./same-origin";

export { ApiError, problem } from "./errors";

const RECORD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record id from the path: every id the studio hands out is a UUID, anything else names nothing. */
export function recordId(value: string, what: string): string {
  if (!RECORD_ID.test(value)) throw new ApiError(404, `No ${what} has this id.`, { rule: "not_found" });
  return value.toLowerCase();
}

export type RouteContext<P> = { params: Promise<P> };
type Handler<P> = (request: Request, context: { user: SessionUser; params: P }) => Promise<Response>;

/** The problem document for an error a handler threw: the caller's mistake named, ours logged. */
export function errorAnswer(error: unknown, requestId: string): Response {
  if (error instanceof AccessError) return problem(error.status, error.message, { requestId });
  if (error instanceof ApiError) return problem(error.status, error.message, { requestId, ...error.extra });
  if (error instanceof z.ZodError) {
    return problem(400, "The request is invalid.", { requestId, violations: issuesToViolations(error.issues) });
  }
  console.error(`[api ${requestId}]`, error);
  return problem(500, "Something went wrong on our side.", { requestId });
}

/** Route parameters, refusing malformed percent-encoding (`/api/assets/%zz`) as the caller's mistake. */
export async function readParams<P>(context: RouteContext<P>): Promise<P> {
  try {
    return await context.params;
  } catch (error) {
    if (error instanceof URIError)
      throw new ApiError(400, "The address contains malformed percent-encoding.", { rule: "path_invalid" });
    throw error;
  }
}

/**
 * Every non-public route handler goes through here: the session and role are checked before the
 * handler runs, state-changing requests must come from the studio's own origin, and errors answer
 * as application/problem+json naming the field and the rule.
 */
export function authedRoute<P = Record<string, never>>(access: Access, handler: Handler<P>) {
  const route = async (request: Request, context: RouteContext<P>) => {
    const requestId = randomUUID();
    // Read at once, so a parameter that cannot be decoded is never an unhandled rejection meanwhile.
    const params = readParams(context);
    params.catch(() => undefined);
    try {
      const user = await requireUser(access, request.headers);
      if (!isSameOriginRequest(request, new URL(config().server.publicUrl).origin)) {
        throw new ApiError(
          403,
          "This request came from another site; the studio only accepts changes from its own pages.",
          { rule: "cross_origin" },
        );
      }
      return await handler(request, { user, params: await params });
    } catch (error) {
      return errorAnswer(error, requestId);
    }
  };
  // Declared access, read by the test that proves every route refuses strangers.
  return Object.assign(route, { access });
}
