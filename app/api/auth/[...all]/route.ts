import { toNextJsHandler } from "better-auth/next-js";
import { ApiError, problem } from "@/lib/api/errors";
import { withBodyWithin } from "@/lib/api/json-body";
import { getAuth } from "@/lib/auth/auth";

// Names, emails and passwords are a few hundred bytes: anything near this is not a sign-in.
const AUTH_BODY_LIMIT_BYTES = 64 * 1024;

async function handle(request: Request): Promise<Response> {
  try {
    return await getAuth().handler(await withBodyWithin(request, AUTH_BODY_LIMIT_BYTES));
  } catch (error) {
    if (error instanceof ApiError) return problem(error.status, error.message, error.extra);
    throw error;
  }
}

// /api/auth/* – Better Auth's own endpoints (sign-up, sign-in, sign-out, session). Public by nature.
export const { GET, POST } = toNextJsHandler(handle);
