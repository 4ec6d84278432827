import type { Violation } from "@/lib/providers";

/** Violations sorted to the fields that show them; the rest go to the form's own list. */
export type FieldErrors = { byField: Record<string, Violation[]>; unassigned: Violation[] };

export const NO_FIELD_ERRORS: FieldErrors = { byField: {}, unassigned: [] };

/** "storyboard.shots[2].duration" and "storyboard.shots.2.duration" both become the latter. */
export function normalizePath(path: string): string {
  return path.replace(/\[(\d+)\]/g, ".$1").replace(/^\./, "");
}

/**
 * Each violation goes to the field with the longest key that is its path or a prefix of it
 * ("cameraControl.config" → "cameraControl"), so a field owns everything below it.
 */
export function assignViolations(violations: readonly Violation[], fieldKeys: readonly string[]): FieldErrors {
  const keys = [...new Set(fieldKeys)].sort((a, b) => b.length - a.length);
  const result: FieldErrors = { byField: {}, unassigned: [] };
  for (const violation of violations) {
    const path = normalizePath(violation.path);
    const key = keys.find((candidate) => path === candidate || path.startsWith(`${candidate}.`));
    if (key) (result.byField[key] ??= []).push(violation);
    else result.unassigned.push(violation);
  }
  return result;
}

export function fieldErrorsAt(errors: FieldErrors, key: string): Violation[] {
  return errors.byField[key] ?? [];
}

/** An id for the element describing a field's messages (aria-describedby). */
export function messagesId(key: string): string {
  return `messages-${key.replace(/[^a-zA-Z0-9]+/g, "-")}`;
}
