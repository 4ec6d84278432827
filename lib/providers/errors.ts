import type { ProviderId } from "./ids";
import type { Violation } from "./validation";

export const PROVIDER_ERROR_KINDS = [
  "auth",
  "invalid_request",
  "insufficient_balance",
  "rate_limited",
  "provider_unavailable",
  "content_rejected",
  "not_found",
  "timeout",
  "unknown",
] as const;
export type ProviderErrorKind = (typeof PROVIDER_ERROR_KINDS)[number];

const USER_MESSAGES: Record<ProviderErrorKind, string> = {
  auth: "The provider refused the API key. Check the key and its region in the server settings.",
  invalid_request: "The provider rejected the request as invalid. Check the settings and media of this generation.",
  insufficient_balance: "The provider account has run out of balance. Top it up and try again.",
  rate_limited: "The provider is receiving too many requests. The task will be retried shortly.",
  provider_unavailable: "The provider is temporarily unavailable. The task will be retried shortly.",
  content_rejected: "The provider refused the prompt or media on content grounds. Change them and try again.",
  not_found: "The provider does not know this task or item.",
  timeout: "The provider did not answer in time.",
  unknown: "The provider returned an unexpected error.",
};

const RETRYABLE: ReadonlySet<ProviderErrorKind> = new Set(["rate_limited", "provider_unavailable", "timeout"]);

export type ProviderErrorInit = {
  provider: ProviderId;
  kind: ProviderErrorKind;
  message: string;
  /** The provider's own error code, e.g. "InvalidApiKey". */
  code?: string;
  requestId?: string;
  httpStatus?: number;
  retryAfterSeconds?: number;
  /**
   * Set on a create whose fate is unknown (timeout, dropped connection, 5xx or unreadable answer after
   * the body was sent): the task may exist. Recover by looking it up (findTaskByIdempotencyKey), never
   * by blindly creating it again.
   */
  outcomeUnknown?: boolean;
  /** The raw response text, kept when it could not be parsed or did not match the expected shape. */
  rawBody?: string;
  userMessage?: string;
  /** The account already runs as many tasks as it may (Kling's 1303): wait for a free slot, then send again. */
  concurrencyLimited?: boolean;
  cause?: unknown;
};

/** The one error type adapters throw. `kind` and `retryable` drive the task engine; `userMessage` is for people. */
export class ProviderError extends Error {
  readonly provider: ProviderId;
  readonly kind: ProviderErrorKind;
  readonly retryable: boolean;
  readonly code?: string;
  readonly requestId?: string;
  readonly httpStatus?: number;
  readonly retryAfterSeconds?: number;
  readonly outcomeUnknown: boolean;
  readonly rawBody?: string;
  readonly userMessage: string;
  readonly concurrencyLimited: boolean;

  constructor(init: ProviderErrorInit) {
    super(init.message, { cause: init.cause });
    this.name = "ProviderError";
    this.provider = init.provider;
    this.kind = init.kind;
    this.retryable = RETRYABLE.has(init.kind);
    this.code = init.code;
    this.requestId = init.requestId;
    this.httpStatus = init.httpStatus;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.outcomeUnknown = init.outcomeUnknown ?? false;
    this.rawBody = init.rawBody;
    this.userMessage = init.userMessage ?? USER_MESSAGES[init.kind];
    this.concurrencyLimited = init.concurrencyLimited ?? false;
  }
}

/** Thrown by `submit` before any network call when the request breaks the provider's rules. */
export class GenerationValidationError extends ProviderError {
  readonly violations: Violation[];

  constructor(provider: ProviderId, violations: Violation[]) {
    const errors = violations.filter((violation) => violation.severity === "error");
    super({
      provider,
      kind: "invalid_request",
      code: "validation_failed",
      message: `Invalid generation request: ${errors.map((violation) => `${violation.path}: ${violation.rule}`).join("; ")}`,
      userMessage: errors.map((violation) => violation.message).join(" "),
    });
    this.name = "GenerationValidationError";
    this.violations = violations;
  }
}

export type ErrorSignal = { status?: number; code?: string; message?: string };

/** An adapter's own reading of an error, for providers whose codes say more than the shared patterns can. */
export type ErrorVerdict = { kind: ProviderErrorKind; userMessage?: string; concurrencyLimited?: boolean };

// Provider codes and messages first (they are more precise than statuses), then the HTTP status.
// Patterns cover the provider documents' codes (DashScope InvalidApiKey/InvalidParameter, OpenAI-style error types,
// xcompute payment_required) and DashScope's well-known ones (Arrearage, Throttling.*, DataInspectionFailed).
const CODE_PATTERNS: [RegExp, ProviderErrorKind][] = [
  [/arrearage|payment_required|insufficient.?(balance|quota|funds)|余额不足|balance/i, "insufficient_balance"],
  [/invalid.?api.?key|authentication|unauthori[sz]ed|access.?denied|forbidden|api.?key/i, "auth"],
  [/throttl|rate.?limit|too.?many.?requests|请求过于频繁/i, "rate_limited"],
  [
    /data.?inspection|content.?(policy|filter|moderation|rejected)|sensitive|inappropriate|moderation|ip.?infringement|risk/i,
    "content_rejected",
  ],
  [/not.?found|not.?exist/i, "not_found"],
  [/timeout|timed.?out/i, "timeout"],
  [/invalid|bad.?request|parameter|missing/i, "invalid_request"],
  [/server.?error|internal|unavailable|overload|busy/i, "provider_unavailable"],
];

function kindFromStatus(status: number): ProviderErrorKind {
  if (status === 401 || status === 403) return "auth";
  if (status === 402) return "insufficient_balance";
  if (status === 404 || status === 410) return "not_found";
  if (status === 408 || status === 504) return "timeout";
  if (status === 429) return "rate_limited";
  if (status === 400 || status === 409 || status === 413 || status === 422) return "invalid_request";
  if (status >= 500) return "provider_unavailable";
  return "unknown";
}

/** The one place a provider failure becomes a kind. */
export function classifyProviderError(signal: ErrorSignal): { kind: ProviderErrorKind; retryable: boolean } {
  const match = (text?: string) => (text ? CODE_PATTERNS.find(([pattern]) => pattern.test(text))?.[1] : undefined);
  // DashScope answers a missing X-DashScope-Async header with AccessDenied: a client bug, not a bad key.
  const missingAsyncHeader = /synchronous calls/i.test(signal.message ?? "") ? "invalid_request" : undefined;
  // Then the code alone: "InvalidParameter" + "Model not exist." is an invalid request, not a missing task.
  const byCode = missingAsyncHeader ?? match(signal.code) ?? match(signal.message);
  // A 5xx is a server failure whatever its message says ("invalid upstream response" is not our fault).
  const kind =
    signal.status !== undefined && signal.status >= 500 && byCode !== "timeout"
      ? kindFromStatus(signal.status)
      : (byCode ?? (signal.status !== undefined ? kindFromStatus(signal.status) : "unknown"));
  return { kind, retryable: RETRYABLE.has(kind) };
}
