import "server-only";

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Whether a cookie-authenticated request may change state: it must come from the studio's own
 * pages. Browsers send `Origin` on every cross-origin POST and `Sec-Fetch-Site` on every request,
 * so a page elsewhere cannot pass; a client that sends neither (curl, a script with a cookie) is no
 * browser and cannot be made to send a victim's cookie.
 */
export function isSameOriginRequest(request: Request, studioOrigin: string): boolean {
  if (!STATE_CHANGING.has(request.method.toUpperCase())) return true;
  const origin = request.headers.get("origin");
  const fetchSite = request.headers.get("sec-fetch-site");
  if (origin !== null) return origin === studioOrigin || fetchSite === "same-origin";
  if (fetchSite !== null) return fetchSite === "same-origin" || fetchSite === "none";
  return true;
}
