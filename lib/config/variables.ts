import { z } from "zod";
import type { Environment } from "./environment";

/** A section's settings, with every present-but-unusable value named with its rule. */
export type Section<T> = { value: T; problems: string[] };

/**
 * Reads variables one by one: blank counts as unset, a value its schema refuses is reported as
 * "NAME rule" and the fallback is kept, so one mistake does not hide the others.
 */
export function variableReader(env: Environment, problems: string[]) {
  return function read<T>(name: string, schema: z.ZodType<T>, fallback: T): T {
    const text = env[name]?.trim() || undefined;
    if (text === undefined) return fallback;
    const parsed = schema.safeParse(text);
    if (parsed.success) return parsed.data;
    problems.push(`${name} ${parsed.error.issues[0]?.message ?? "is not valid"}`);
    return fallback;
  };
}

/** Whole milliseconds, 0 or more. */
export const milliseconds = z.coerce
  .number({ error: "must be a whole number of milliseconds (0 or more)" })
  .int({ error: "must be a whole number of milliseconds (0 or more)" })
  .min(0, { error: "must be a whole number of milliseconds (0 or more)" });

export const positiveInteger = (unit: string) =>
  z.coerce
    .number({ error: `must be a positive integer (${unit})` })
    .int({ error: `must be a positive integer (${unit})` })
    .positive({ error: `must be a positive integer (${unit})` });

export const atLeastOne = (unit: string) =>
  z.coerce
    .number({ error: `must be a number of ${unit} ≥ 1` })
    .refine((value) => Number.isFinite(value) && value >= 1, { error: `must be a number of ${unit} ≥ 1` });

export const positiveNumber = (unit: string) =>
  z.coerce
    .number({ error: `must be a positive number (${unit})` })
    .refine((value) => Number.isFinite(value) && value > 0, { error: `must be a positive number (${unit})` });

export const httpUrl = z.string().regex(/^https?:\/\/[^\s]+$/i, { error: "must be an http(s) URL" });

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(", ")}` });

export const flag = z
  .enum(["1", "true", "on", "0", "false", "off"], { error: "must be 1 or 0" })
  .transform((value) => value === "1" || value === "true" || value === "on");
