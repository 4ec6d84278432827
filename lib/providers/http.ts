import type { z } from "zod";
import { classifyProviderError, ProviderError, type ErrorSignal, type ErrorVerdict } from "./errors";
import type { ProviderId } from "./ids";

export type RetryPolicy = {
  /** Extra attempts after the first, for retryable failures of GET requests only. */
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the error surfaces with retryAfterSeconds so the task engine reschedules. */
  maxRetryAfterSeconds: number;
};

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterSeconds: 30,
};

export type ProviderErrorBody = { code?: string; message?: string; requestId?: string };

export type HttpClientOptions = {
  provider: ProviderId;
  baseUrl: string;
  apiKey?: string;
  timeoutMs: number;
  /** Sent with every request (after the bearer token and content type). */
  headers?: Record<string, string>;
  retry?: Partial<RetryPolicy>;
  /** Reads the provider's error envelope from a parsed body (which may be anything). */
  readError: (body: unknown) => ProviderErrorBody;
  /** The adapter's final word on an error (Kling: by its service code); undefined falls back to the shared classifier. */
  classify?: (signal: ErrorSignal) => ErrorVerdict | undefined;
  /** Jitter source; tests pin it. */
  random?: () => number;
};

export type HttpRequest = {
  method: "GET" | "POST" | "DELETE";
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
};

export type HttpResponse = { status: number; headers: Headers; body: unknown; text: string };

export type HttpClient = {
  request(request: HttpRequest): Promise<HttpResponse>;
};

/** Seconds from a Retry-After header (delta-seconds or HTTP date). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === "") return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

// Connection never established: nothing reached the provider, so even a create is known not to have happened.
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

function networkErrorCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } })?.cause;
  return typeof cause?.code === "string" ? cause.code : undefined;
}

/**
 * fetch with a timeout on every request, tolerant JSON parsing, provider errors classified into
 * ProviderError, and retries with exponential backoff + jitter for retryable failures of GET only.
 * A POST is never retried: a create that may have reached the provider is reported with
 * `outcomeUnknown` so the caller can look the task up instead of creating it twice.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const random = options.random ?? Math.random;
  const provider = options.provider;

  function url(request: HttpRequest): string {
    const target = new URL(options.baseUrl.replace(/\/+$/, "") + request.path);
    for (const [key, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) target.searchParams.set(key, String(value));
    }
    return target.toString();
  }

  async function attempt(request: HttpRequest): Promise<HttpResponse> {
    const isCreate = request.method !== "GET";
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
    const headers: Record<string, string> = { Accept: "application/json", ...options.headers, ...request.headers };
    if (options.apiKey) headers.Authorization = `Bearer ${options.apiKey}`;
    if (request.body !== undefined) headers["Content-Type"] = "application/json";

    let response: Response;
    let text: string;
    try {
      response = await fetch(url(request), {
        method: request.method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal,
      });
      text = await response.text();
    } catch (error) {
      if (request.signal?.aborted) throw request.signal.reason;
      if (timeout.aborted) {
        throw new ProviderError({
          provider,
          kind: "timeout",
          message: `${request.method} ${request.path} got no answer within ${options.timeoutMs} ms`,
          outcomeUnknown: isCreate,
          cause: error,
        });
      }
      const code = networkErrorCode(error);
      throw new ProviderError({
        provider,
        kind: "provider_unavailable",
        code,
        message: `${request.method} ${request.path} failed: ${(error as Error).message}${code ? ` (${code})` : ""}`,
        outcomeUnknown: isCreate && !(code && NOT_SENT_CODES.has(code)),
        cause: error,
      });
    }

    const parsed = parseJson(text);
    const retryAfterSeconds = parseRetryAfter(response.headers.get("retry-after"));
    if (response.ok) {
      if (parsed.ok) return { status: response.status, headers: response.headers, body: parsed.value, text };
      throw new ProviderError({
        provider,
        kind: "provider_unavailable",
        httpStatus: response.status,
        message: `${request.method} ${request.path} answered ${response.status} with a body that is not JSON`,
        outcomeUnknown: isCreate,
        rawBody: text,
      });
    }

    const envelope = parsed.ok ? options.readError(parsed.value) : {};
    const failure = { status: response.status, code: envelope.code, message: envelope.message };
    const verdict = options.classify?.(failure) ?? classifyProviderError(failure);
    throw new ProviderError({
      provider,
      kind: verdict.kind,
      userMessage: "userMessage" in verdict ? verdict.userMessage : undefined,
      concurrencyLimited: "concurrencyLimited" in verdict ? verdict.concurrencyLimited : undefined,
      httpStatus: response.status,
      code: envelope.code,
      requestId: envelope.requestId,
      message: envelope.message ?? `${request.method} ${request.path} answered HTTP ${response.status}`,
      retryAfterSeconds,
      // A 5xx other than 503 after the body was sent may still have created the task.
      outcomeUnknown: isCreate && response.status >= 500 && response.status !== 503,
      rawBody: parsed.ok ? undefined : text,
    });
  }

  return {
    async request(request) {
      for (let retry = 0; ; retry++) {
        try {
          return await attempt(request);
        } catch (error) {
          const canRetry =
            request.method === "GET" && error instanceof ProviderError && error.retryable && retry < policy.maxRetries;
          if (!canRetry) throw error;
          if (error.retryAfterSeconds !== undefined && error.retryAfterSeconds > policy.maxRetryAfterSeconds)
            throw error;
          const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
          const delay =
            error.retryAfterSeconds !== undefined
              ? error.retryAfterSeconds * 1000
              : backoff / 2 + (random() * backoff) / 2;
          await sleep(delay, request.signal);
        }
      }
    },
  };
}

/**
 * Parses a successful body with the adapter's zod schema. A mismatch is a ProviderError keeping the
 * raw text; on a create it is `outcomeUnknown` (the task may exist, we just cannot read its id).
 */
export function parseProviderBody<T extends z.ZodType>(
  provider: ProviderId,
  schema: T,
  response: HttpResponse,
  context: { what: string; isCreate: boolean },
): z.infer<T> {
  const parsed = schema.safeParse(response.body);
  if (parsed.success) return parsed.data;
  throw new ProviderError({
    provider,
    kind: "unknown",
    httpStatus: response.status,
    message: `Unrecognised ${context.what} response: ${parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ")}`,
    outcomeUnknown: context.isCreate,
    rawBody: response.text,
  });
}
