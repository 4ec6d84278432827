import "server-only";

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Whether a cookie-authenticated request may change state: it must come from the studio's own
 * pages. Browsers send `Origin` on every cross-origin POST (and `Sec-Fetch-Site` on every request):
 * the origin must be the studio's public one (PUBLIC_URL) or the one the browser addressed (its
 * Host, for a studio opened at 127.0.0.1 rather than localhost), which a page elsewhere cannot
 * forge. A client that sends neither header (curl, a script with a cookie) is no browser and
 * cannot be made to send a victim's cookie.
 */
export function isSameOriginRequest(request: Request, studioOrigin: string): boolean {
  if (!STATE_CHANGING.has(request.method.toUpperCase())) return true;
  const origin = request.headers.get("origin");
  if (origin !== null) return origin === studioOrigin || origin === new URL(request.url).origin;
  const fetchSite = request.headers.get("sec-fetch-site");
  return fetchSite === null || fetchSite === "same-origin" || fetchSite === "none";
}
