// Client-side calls to the studio's own routes: one typed error for every failure.

/** A route answered with an error (application/problem+json) or could not be reached (status 0). */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiRequestError";
  }
}

export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { accept: "application/json", ...init?.headers } });
  } catch (error) {
    throw new ApiRequestError(0, error instanceof Error ? error.message : "The studio could not be reached.");
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const problem = (body ?? {}) as { detail?: unknown; details?: unknown };
    throw new ApiRequestError(
      response.status,
      typeof problem.detail === "string" ? problem.detail : response.statusText,
      problem.details,
    );
  }
  return body as T;
}
