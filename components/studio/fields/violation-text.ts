import type { Violation } from "@/lib/providers";

export type ViolationMessageKey =
  "emptyPrompt" | "emptyShotPrompt" | "missingMedia" | "missingReference" | "tooSmall" | "tooBig" | "invalid";

/**
 * The catalog message for a violation whose wording is generic (zod's shape codes, an empty prompt),
 * so it reads well and in the creator's language; provider rules keep the provider's sentence.
 */
export function violationMessageKey({ rule, path, params }: Violation): ViolationMessageKey | undefined {
  const aboutPrompt = /(^|\.)prompt$/.test(path.replace(/\[\d+\]/g, ""));
  if (rule === "prompt_required" || (rule === "too_small" && aboutPrompt)) {
    return shotOf(path) === undefined ? "emptyPrompt" : "emptyShotPrompt";
  }
  if (rule === "media_role_missing" && typeof params?.role === "string") return "missingMedia";
  if (rule === "reference_missing") return "missingReference";
  if (rule === "too_small") return "tooSmall";
  if (rule === "too_big") return "tooBig";
  if (rule.startsWith("invalid_")) return "invalid";
  return undefined;
}

/** The shot a path is about, counted from 1 as the form labels shots ("storyboard.shots[1].prompt" → 2). */
export function shotOf(path: string): number | undefined {
  const match = /^storyboard\.shots(?:\[(\d+)\]|\.(\d+))\./.exec(path);
  return match ? Number(match[1] ?? match[2]) + 1 : undefined;
}

/**
 * A rule's sentence with the violation's values in it, or undefined when the violation lacks one
 * the sentence names (a rule reported without its values keeps its plain wording).
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string | undefined {
  let complete = true;
  const text = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (values[name] === undefined) complete = false;
    return String(values[name] ?? "");
  });
  return complete ? text : undefined;
}
