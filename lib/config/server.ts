import path from "node:path";
import proxyaddr from "proxy-addr";
import { z } from "zod";
import { parseTrustedProxies } from "@/lib/net/client-address";
import { isLocalUrl } from "@/lib/net/local-url";
import type { Environment } from "./environment";
import { flag, httpUrl, positiveInteger, variableReader, type Section } from "./variables";

export type ServerSettings = {
  /** DATABASE_URL: absent until the launcher has opened the embedded database or read the variable. */
  databaseUrl?: string;
  port: number;
  /** PUBLIC_URL without a trailing slash, or the local address when it is not set. */
  publicUrl: string;
  /** Whether PUBLIC_URL was set: only then can providers reach the studio (callbacks, signed media). */
  publicUrlConfigured: boolean;
  /** DATA_DIR: the embedded database, the generated secret, local media, simulator renders. */
  dataDir: string;
  /** TRUSTED_PROXIES: hops whose X-Forwarded-For is believed. */
  trustedProxies: string[];
  debug: { postgres: boolean; prismaEngine: boolean };
  /** TZ, else the machine's zone: pages render times in it on the server and after hydration alike. */
  timeZone: string;
};

const databaseUrl = z.string().regex(/^postgres(ql)?:\/\/\S+$/i, { error: "must be a postgresql:// URL" });

const trustedProxies = z.string().transform((value, context) => {
  const entries = parseTrustedProxies(value);
  try {
    proxyaddr.compile(entries);
  } catch (error) {
    context.addIssue({
      code: "custom",
      message: `is not valid (${error instanceof Error ? error.message : String(error)}): list addresses, CIDR ranges, or loopback, linklocal, uniquelocal`,
    });
  }
  return entries;
});

/** The server section: where the studio listens, is reached, keeps its files and finds its database. */
export function readServerSection(env: Environment): Section<ServerSettings> {
  const problems: string[] = [];
  const read = variableReader(env, problems);
  const port = read("PORT", positiveInteger("a TCP port"), 3000);
  const configuredUrl = read("PUBLIC_URL", httpUrl, undefined);
  return {
    value: {
      databaseUrl: read("DATABASE_URL", databaseUrl, undefined),
      port,
      publicUrl: (configuredUrl ?? `http://localhost:${port}`).replace(/\/$/, ""),
      publicUrlConfigured: Boolean(configuredUrl),
      dataDir: path.resolve(env.DATA_DIR?.trim() || ".data"),
      trustedProxies: read("TRUSTED_PROXIES", trustedProxies, []),
      debug: {
        postgres: read("DEBUG_POSTGRES", flag, false),
        prismaEngine: read("PRISMA_ENGINE_DEBUG", flag, false),
      },
      timeZone: env.TZ?.trim() || Intl.DateTimeFormat().resolvedOptions().timeZone,
    },
    problems,
  };
}

export { isLocalUrl };
