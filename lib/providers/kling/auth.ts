import { SignJWT } from "jose";

// Kling AI developer docs, API authentication: `Authorization: Bearer <API key>`, or a JWT signed with HS256 from
// an access key and secret key ({iss: access key, exp: now + 1800 s, nbf: now − 5 s}).

export const TOKEN_LIFETIME_SECONDS = 1800;
export const NOT_BEFORE_SKEW_SECONDS = 5;
/** A token this close to its expiry is renewed before use, so no request carries one that dies in flight. */
export const RENEW_BEFORE_SECONDS = 300;

export type KlingCredentials = { apiKey?: string; accessKey?: string; secretKey?: string };

export type KlingAuth = {
  /** The Authorization header's value. */
  header(): Promise<string>;
  /** Forget the cached token (Kling answered 1003/1004), so the next header is signed afresh. */
  renew(): void;
  readonly signs: boolean;
};

export function createKlingAuth(credentials: KlingCredentials, now: () => number = Date.now): KlingAuth {
  // The API key wins when both are set: it needs no clock.
  if (credentials.apiKey) {
    const header = `Bearer ${credentials.apiKey}`;
    return { header: async () => header, renew: () => {}, signs: false };
  }
  const { accessKey, secretKey } = credentials;
  let cached: { token: string; expiresAt: number } | undefined;
  return {
    signs: true,
    async header() {
      if (!accessKey || !secretKey)
        throw new Error("Kling needs KLING_API_KEY, or KLING_ACCESS_KEY and KLING_SECRET_KEY.");
      const seconds = Math.floor(now() / 1000);
      if (!cached || cached.expiresAt - seconds < RENEW_BEFORE_SECONDS) {
        const expiresAt = seconds + TOKEN_LIFETIME_SECONDS;
        const token = await new SignJWT({})
          .setProtectedHeader({ alg: "HS256", typ: "JWT" })
          .setIssuer(accessKey)
          .setExpirationTime(expiresAt)
          .setNotBefore(seconds - NOT_BEFORE_SKEW_SECONDS)
          .sign(new TextEncoder().encode(secretKey));
        cached = { token, expiresAt };
      }
      return `Bearer ${cached.token}`;
    },
    renew() {
      cached = undefined;
    },
  };
}
