import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";

// An optimistic first gate: no session cookie at all goes straight to sign-in, remembering
// the page asked for. Pages, actions and route handlers still check the session themselves.
export function proxy(request: NextRequest) {
  if (getSessionCookie(request)) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("next", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Everything but the public pages, API routes (which answer 401 themselves) and static files.
  matcher: ["/((?!sign-in|sign-up|api/|_next/|favicon.ico|.*\\.[a-z0-9]+$).*)"],
};
