import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { AccessError, requireUser, type Access, type SessionUser } from "@/lib/auth/session";

/** An error whose message may be shown to the caller as is. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

export function problem(status: number, detail: string, extra: Record<string, unknown> = {}) {
  return Response.json(
    { type: "about:blank", title: TITLES[status] ?? "Error", status, detail, ...extra },
    { status, headers: { "content-type": "application/problem+json" } },
  );
}

type RouteContext<P> = { params: Promise<P> };
type Handler<P> = (request: Request, context: { user: SessionUser; params: P }) => Promise<Response>;

/**
 * Every non-public route handler goes through here: the session and role are
 * checked before the handler runs, and errors answer as application/problem+json.
 */
export function authedRoute<P = Record<string, never>>(access: Access, handler: Handler<P>) {
  const route = async (request: Request, context: RouteContext<P>) => {
    const requestId = randomUUID();
    try {
      const user = await requireUser(access, request.headers);
      return await handler(request, { user, params: await context.params });
    } catch (error) {
      if (error instanceof AccessError) return problem(error.status, error.message, { requestId });
      if (error instanceof ApiError) return problem(error.status, error.message, { requestId, details: error.details });
      if (error instanceof z.ZodError) {
        return problem(400, "The request is invalid.", { requestId, issues: z.flattenError(error).fieldErrors });
      }
      console.error(`[api ${requestId}]`, error);
      return problem(500, "Something went wrong on our side.", { requestId });
    }
  };
  // Declared access, read by the test that proves every route refuses strangers.
  return Object.assign(route, { access });
}
