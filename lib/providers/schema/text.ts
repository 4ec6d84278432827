import { z } from "zod";

/**
 * Hard limits on free text in a generation request. They sit far above every provider's own
 * (DashScope: 2,500 for the prompt, 512 per shot), which the adapters check and explain; these
 * only keep one request from carrying megabytes into the database, the worker and every poll.
 */
export const TEXT_LIMITS = {
  prompt: 100_000,
  shotPrompt: 100_000,
  /** Ids, names, voice ids: short by nature. */
  name: 1_000,
  description: 10_000,
} as const;

/**
 * Text that PostgreSQL and every provider can store: no NUL character and no lone UTF-16 surrogate
 * (neither survives a jsonb column; both are what a broken client or a fuzzer sends).
 */
export function isStorableText(value: string): boolean {
  return !value.includes("\u0000") && value.isWellFormed();
}

/** Characters as people count them (an emoji is one), cheaply: UTF-16 units bound them from above. */
function characterCount(value: string, max: number): number {
  if (value.length <= max) return value.length;
  let count = 0;
  // A low surrogate continues the character before it (a lone one is refused separately).
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (
      code < 0xdc00 ||
      code > 0xdfff ||
      index === 0 ||
      value.charCodeAt(index - 1) < 0xd800 ||
      value.charCodeAt(index - 1) > 0xdbff
    )
      count++;
  }
  return count;
}

/** A string of at most `max` characters that can be stored, with the rule named when it breaks. */
export function textSchema(max: number) {
  return z.string().superRefine((value, ctx) => {
    const count = characterCount(value, max);
    if (count > max) {
      ctx.addIssue({
        code: "custom",
        message: `Must be at most ${max.toLocaleString("en")} characters (it has ${count.toLocaleString("en")}).`,
        params: { rule: "text_too_long", max },
      });
    }
    if (!isStorableText(value)) {
      ctx.addIssue({
        code: "custom",
        message: "Contains a character that cannot be stored (a NUL character or a broken Unicode sequence).",
        params: { rule: "text_invalid_characters" },
      });
    }
  });
}
