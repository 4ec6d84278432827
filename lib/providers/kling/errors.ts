import type { ErrorSignal, ProviderErrorKind } from "../errors";

// The Kling AI developer docs, error codes: the service code, not the HTTP status, says what happened. Kling
// answers HTTP 429 for an account problem, arrears and a used-up resource pack (never worth retrying) as well
// as for its rate limit and concurrency limit (worth retrying).

export type KlingErrorVerdict = {
  kind: ProviderErrorKind;
  userMessage: string;
  /** 1303: the account already runs as many tasks as its resource pack allows. */
  concurrencyLimited?: boolean;
  /** 1003/1004: the signed token is not yet or no longer valid (clock drift): sign again once. */
  resign?: boolean;
};

const CODES: Record<number, KlingErrorVerdict> = {
  1000: {
    kind: "auth",
    userMessage: "Kling refused the credentials. Check KLING_API_KEY or the access and secret keys.",
  },
  1001: {
    kind: "auth",
    userMessage: "Kling received no credentials. Set KLING_API_KEY or the access and secret keys.",
  },
  1002: {
    kind: "auth",
    userMessage: "Kling found the credentials invalid. Check KLING_API_KEY or the access and secret keys.",
  },
  1003: {
    kind: "auth",
    resign: true,
    userMessage: "Kling says the sign-in token is not valid yet: check this server's clock.",
  },
  1004: {
    kind: "auth",
    resign: true,
    userMessage: "Kling says the sign-in token has expired: check this server's clock.",
  },
  1100: {
    kind: "auth",
    userMessage: "Kling reports a problem with the account. An admin should check it in Kling's developer console.",
  },
  1101: {
    kind: "insufficient_balance",
    userMessage: "The Kling account is in arrears. Top it up, then try again.",
  },
  1102: {
    kind: "insufficient_balance",
    userMessage: "The Kling account's resource pack is used up or has expired. Buy a new pack, then try again.",
  },
  1103: {
    kind: "auth",
    userMessage: "The Kling account may not use this model or endpoint. An admin should check its permissions.",
  },
  1200: { kind: "invalid_request", userMessage: "Kling refused the request's parameters." },
  1201: { kind: "invalid_request", userMessage: "Kling refused a parameter of the request." },
  1202: { kind: "invalid_request", userMessage: "Kling does not offer this request method." },
  1203: { kind: "not_found", userMessage: "Kling does not know this task or model." },
  1300: { kind: "content_rejected", userMessage: "Kling's platform policy refused this request." },
  1301: {
    kind: "content_rejected",
    userMessage: "Kling's content safety refused this request. Change the prompt or media and try again.",
  },
  1302: {
    kind: "rate_limited",
    userMessage: "Kling is receiving requests too fast. The generation will be sent again shortly.",
  },
  1303: {
    kind: "rate_limited",
    concurrencyLimited: true,
    userMessage:
      "The Kling account is running as many tasks as its resource pack allows. The generation waits for a free slot.",
  },
  1304: {
    kind: "auth",
    userMessage:
      "Kling does not accept requests from this server's IP address (allow-list). An admin should contact Kling.",
  },
  5000: {
    kind: "provider_unavailable",
    userMessage: "Kling had an internal error. The generation will be tried again.",
  },
  5001: {
    kind: "provider_unavailable",
    userMessage: "Kling is temporarily unavailable, usually for maintenance. The generation will be tried again.",
  },
  5002: {
    kind: "provider_unavailable",
    userMessage: "Kling timed out internally, usually because of a backlog. The generation will be tried again.",
  },
};

/** Which input a content refusal names, when its message tells. */
function contentMessage(message: string | undefined, fallback: string): string {
  const text = message ?? "";
  if (/negative.?prompt/i.test(text))
    return "Kling's content safety refused the negative prompt. Change it and try again.";
  if (/prompt|text/i.test(text)) return "Kling's content safety refused the prompt. Change it and try again.";
  if (/image|picture|frame/i.test(text))
    return "Kling's content safety refused an input image. Replace it and try again.";
  if (/video/i.test(text)) return "Kling's content safety refused the input video. Replace it and try again.";
  return fallback;
}

/** Kling's code decides; without a known code the caller falls back to the shared classifier. */
export function klingErrorVerdict(signal: ErrorSignal): KlingErrorVerdict | undefined {
  const code = Number(signal.code);
  const verdict = Number.isInteger(code) ? CODES[code] : undefined;
  if (!verdict) return undefined;
  if (verdict.kind === "content_rejected")
    return { ...verdict, userMessage: contentMessage(signal.message, verdict.userMessage) };
  return verdict;
}

export const KLING_ERROR_CODES = Object.keys(CODES).map(Number);
