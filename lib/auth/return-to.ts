// Any base will do: a path is safe only when resolving it against this origin keeps the origin.
const PROBE_ORIGIN = "http://studio.invalid";

/**
 * Only same-origin paths are followed after sign-in, so a crafted link cannot send anyone away.
 * Browsers read `/\evil.example` and `/<tab>/evil.example` as `//evil.example`, so the path is
 * judged the way the browser will resolve it, not by its first characters.
 */
export function safeReturnPath(next: string | string[] | undefined): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (!value || !value.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(value)) return "/";
  try {
    const resolved = new URL(value, PROBE_ORIGIN);
    if (resolved.origin !== PROBE_ORIGIN) return "/";
    return `${resolved.pathname}${resolved.search}${resolved.hash}`;
  } catch {
    return "/";
  }
}
