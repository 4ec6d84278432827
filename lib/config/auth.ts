import { z } from "zod";
import { isLocalUrl } from "@/lib/net/local-url";
import type { Environment } from "./environment";
import { oneOf, positiveInteger, variableReader, type Section } from "./variables";

export type AuthSettings = {
  /** AUTH_SECRET: absent until the launcher has read it or generated one under DATA_DIR. */
  secret?: string;
  /** SIGNUP: "open" by default only where nobody else can reach the studio. */
  signup: "open" | "invite";
  /** AUTH_RATE_LIMIT: the sign-in limit, on unless a test turns it off. */
  rateLimit: boolean;
  /** API_RATE_LIMIT: requests per minute each API token (or signed-in user) may make to /api/v1. */
  apiRequestsPerMinute: number;
};

const secret = z.string().min(32, { error: "must be at least 32 characters" });

/** The auth section; `publicUrl` comes from the server section (it decides the sign-up default). */
export function readAuthSection(env: Environment, publicUrl: string): Section<AuthSettings> {
  const problems: string[] = [];
  const read = variableReader(env, problems);
  return {
    value: {
      secret: read("AUTH_SECRET", secret, undefined),
      signup: read("SIGNUP", oneOf(["open", "invite"]), isLocalUrl(publicUrl) ? "open" : "invite"),
      rateLimit: read("AUTH_RATE_LIMIT", oneOf(["on", "off"]), "on") === "on",
      apiRequestsPerMinute: read("API_RATE_LIMIT", positiveInteger("requests per minute"), 60),
    },
    problems,
  };
}
