import "server-only";
import { z } from "zod";
import { readPriceList, type PriceList } from "@/lib/studio/pricing";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export function isLocalUrl(url: string): boolean {
  return LOCAL_HOSTS.has(new URL(url).hostname);
}

const envSchema = z
  .object({
    DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
    AUTH_SECRET: z.string().min(32, { message: "AUTH_SECRET must be at least 32 characters" }),
    PORT: z.coerce.number().int().positive().default(3000),
    PUBLIC_URL: z.string().url().optional(),
    SIGNUP: z.enum(["open", "invite"]).optional(),
    AUTH_RATE_LIMIT: z.enum(["on", "off"]).default("on"),
  })
  .transform((env) => {
    const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
    // Open sign-up is only a sensible default where nobody else can reach the studio.
    const signup = env.SIGNUP ?? (isLocalUrl(publicUrl) ? "open" : "invite");
    return { ...env, publicUrl, publicUrlConfigured: Boolean(env.PUBLIC_URL), signup };
  });

export type Env = z.infer<typeof envSchema> & { prices: PriceList };

let cached: Env | undefined;

/** The validated environment; the launcher (scripts/start.ts) fills DATABASE_URL and AUTH_SECRET. */
export function env(): Env {
  cached ??= { ...envSchema.parse(process.env), prices: readPriceList(process.env) };
  return cached;
}
