/**
 * Better Auth's email endpoints called directly from the sign-in and sign-up forms: its client
 * library would add tens of kilobytes to the pages every visitor loads first. Returns the server's
 * error message, or null on success (the session cookie is then set).
 */
export async function submitCredentials(
  kind: "sign-in" | "sign-up",
  body: { email: string; password: string; name?: string },
  invite?: string,
): Promise<{ error: string | null; code?: string; field?: string }> {
  const url = new URL(`/api/auth/${kind}/email`, window.location.origin);
  if (invite) url.searchParams.set("invite", invite);
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      credentials: "same-origin",
    });
    if (response.ok) return { error: null };
    const answer = (await response.json().catch(() => ({}))) as { message?: string; code?: string; field?: string };
    return {
      error: answer.message ?? `${response.status} ${response.statusText}`,
      code: answer.code,
      field: answer.field,
    };
  } catch {
    return { error: "" };
  }
}
