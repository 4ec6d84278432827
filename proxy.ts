import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { isDevelopment } from "@/lib/config/environment";
import { pageContentSecurityPolicy } from "@/lib/security/headers";

// Shared generations (/s/<token>) are for people without an account: the token is the key.
const PUBLIC_PAGES = /^\/(sign-in|sign-up|s)(\/|$)/;

// Every page passes here: it gets a Content-Security-Policy with a fresh nonce, and a request
// with no session cookie at all goes straight to sign-in, remembering the page asked for.
// Pages, actions and route handlers still check the session themselves.
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!PUBLIC_PAGES.test(pathname) && !getSessionCookie(request)) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = pageContentSecurityPolicy(nonce, { dev: isDevelopment() });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Pages only: API routes (which answer 401 themselves and carry their own headers) and static files are left alone.
  matcher: [
    {
      source: "/((?!api/|_next/|favicon.ico|.*\\.[a-z0-9]+$).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
  ],
};
