import type { Violation } from "@/lib/providers";

export type ViolationMessageKey = "emptyPrompt" | "tooSmall" | "tooBig" | "invalid";

/**
 * The catalog message for a violation whose wording is generic (zod's shape codes, an empty prompt),
 * so it reads well and in the creator's language; provider rules keep the provider's sentence.
 */
export function violationMessageKey({ rule, path }: Violation): ViolationMessageKey | undefined {
  const aboutPrompt = /(^|\.)prompt$/.test(path.replace(/\[\d+\]/g, ""));
  if (rule === "prompt_required" || (rule === "too_small" && aboutPrompt)) return "emptyPrompt";
  if (rule === "too_small") return "tooSmall";
  if (rule === "too_big") return "tooBig";
  if (rule.startsWith("invalid_")) return "invalid";
  return undefined;
}
