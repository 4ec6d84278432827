import { createHmac, timingSafeEqual } from "node:crypto";
import { assertStorageKey, isStorageKey } from "./validation";

/** Where the media route serves signed, session-less GETs: `${PUBLIC_MEDIA_PATH}/<key>`. */
export const PUBLIC_MEDIA_PATH = "/api/media/public";

/** Seven days, the most S3 allows for presigned URLs; both drivers share the cap. */
export const MAX_SIGNED_URL_SECONDS = 7 * 24 * 60 * 60;

export type MediaSignature = { expires: number; signature: string };

export type SignatureCheck =
  { ok: true; key: string; expires: number } | { ok: false; reason: "malformed" | "invalid" | "expired" };

type Clock = { now?: () => number };

// The signing secret is usually AUTH_SECRET, which Better Auth also uses: a derived key keeps a
// media signature from ever being valid anywhere else.
function signingKey(secret: string): Buffer {
  return createHmac("sha256", secret).update("kling-studio:media-url:v1").digest();
}

function computeSignature(key: string, expires: number, secret: string): string {
  return createHmac("sha256", signingKey(secret)).update(`${key}\n${expires}`).digest("base64url");
}

export function assertExpiresInSeconds(expiresInSeconds: number): void {
  if (!Number.isInteger(expiresInSeconds) || expiresInSeconds <= 0 || expiresInSeconds > MAX_SIGNED_URL_SECONDS) {
    throw new RangeError(`expiresInSeconds must be an integer from 1 to ${MAX_SIGNED_URL_SECONDS}`);
  }
}

/** Signs `key` until now + expiresInSeconds (unix seconds). */
export function signMediaKey(
  key: string,
  options: { secret: string; expiresInSeconds: number } & Clock,
): MediaSignature {
  assertStorageKey(key);
  assertExpiresInSeconds(options.expiresInSeconds);
  const expires = Math.floor((options.now ?? Date.now)() / 1000) + options.expiresInSeconds;
  return { expires, signature: computeSignature(key, expires, options.secret) };
}

/** `${publicUrl}/api/media/public/<key>?expires=…&signature=…`; keys need no escaping (see validation). */
export function signedMediaUrl(
  publicUrl: string,
  key: string,
  options: { secret: string; expiresInSeconds: number } & Clock,
): string {
  const { expires, signature } = signMediaKey(key, options);
  return `${publicUrl.replace(/\/+$/, "")}${PUBLIC_MEDIA_PATH}/${key}?expires=${expires}&signature=${signature}`;
}

/** Checks a signature in constant time, then its expiry. Query values are passed as received. */
export function verifyMediaSignature(
  key: string,
  expiresText: string | null | undefined,
  signature: string | null | undefined,
  options: { secret: string } & Clock,
): SignatureCheck {
  if (
    !isStorageKey(key) ||
    !expiresText ||
    !/^\d{1,12}$/.test(expiresText) ||
    !signature ||
    !/^[A-Za-z0-9_-]{43}$/.test(signature)
  ) {
    return { ok: false, reason: "malformed" };
  }
  const expires = Number(expiresText);
  const expected = Buffer.from(computeSignature(key, expires, options.secret));
  if (!timingSafeEqual(expected, Buffer.from(signature))) return { ok: false, reason: "invalid" };
  if (expires * 1000 <= (options.now ?? Date.now)()) return { ok: false, reason: "expired" };
  return { ok: true, key, expires };
}

/** Verifies a whole request URL under PUBLIC_MEDIA_PATH, e.g. `new URL(request.url)`. */
export function verifySignedMediaUrl(url: URL, options: { secret: string } & Clock): SignatureCheck {
  const prefix = `${PUBLIC_MEDIA_PATH}/`;
  if (!url.pathname.startsWith(prefix)) return { ok: false, reason: "malformed" };
  let key: string;
  try {
    key = decodeURIComponent(url.pathname.slice(prefix.length));
  } catch {
    return { ok: false, reason: "malformed" };
  }
  return verifyMediaSignature(key, url.searchParams.get("expires"), url.searchParams.get("signature"), options);
}
