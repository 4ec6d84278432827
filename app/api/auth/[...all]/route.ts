import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/auth";

// /api/auth/* – Better Auth's own endpoints (sign-up, sign-in, sign-out, session). Public by nature.
export const { GET, POST } = toNextJsHandler((request: Request) => getAuth().handler(request));
