/**
 * The one place that touches the process environment. Everything else asks the configuration
 * sections in this folder, which parse what is read here (lint refuses `process.env` elsewhere).
 */
export type Environment = Readonly<Record<string, string | undefined>>;

/** The environment as it is now: read at call time, so a value set by a launcher or a test counts. */
export function currentEnvironment(): Environment {
  return process.env;
}

/** Launchers fill in what they worked out (the database URL, the generated secret) before loading the studio. */
export function setEnvironment(values: Record<string, string>): void {
  Object.assign(process.env, values);
}

/**
 * The environment for a child process: this one's, with `values` added or replaced (undefined
 * removes a variable) and `defaults` filled in where this one has none.
 */
export function childEnvironment(
  values: Record<string, string | undefined>,
  defaults: Record<string, string> = {},
): NodeJS.ProcessEnv {
  return { ...defaults, ...process.env, ...values };
}

// NODE_ENV is written out literally: Next.js replaces `process.env.NODE_ENV` at build time.
export const isDevelopment = (): boolean => process.env.NODE_ENV === "development";
export const isProduction = (): boolean => process.env.NODE_ENV === "production";
