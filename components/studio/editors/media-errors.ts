"use client";

import type { MediaRole } from "@/lib/providers";
import { missingMediaPath } from "@/lib/studio/media/media-list";
import type { PathErrors } from "../media/types";
import { useViolationText } from "../fields/field-messages";
import type { FieldErrors } from "../form/field-errors";

/**
 * The media editors read errors by canonical path ("media[0].metadata.width"): the shell's violations
 * sorted to these fields, in the creator's words. Two messages on one path are shown together.
 */
export function useMediaErrors(errors: FieldErrors, fields: readonly string[]): PathErrors {
  const text = useViolationText();
  const byPath: Record<string, string> = {};
  for (const field of fields) {
    for (const violation of errors.byField[field] ?? []) {
      if (violation.severity !== "error") continue;
      const message = text(violation);
      // "Needs a first frame" shows beside the first frame's box; "needs a reference" beside "add an image".
      const role =
        violation.rule === "media_role_missing"
          ? violation.params?.role
          : violation.rule === "reference_missing"
            ? "refer"
            : undefined;
      const path = typeof role === "string" ? missingMediaPath(role as MediaRole) : violation.path;
      byPath[path] = byPath[path] ? `${byPath[path]} ${message}` : message;
    }
  }
  return byPath;
}
