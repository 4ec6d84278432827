"use client";

import { useTranslations } from "next-intl";
import type { Violation } from "@/lib/providers";
import { useViolationText } from "../fields/field-messages";

/** Violations no field of this form shows (e.g. about media an editor does not have yet). */
export function FormProblems({ violations }: { violations: Violation[] }) {
  const t = useTranslations("form");
  const text = useViolationText();
  if (violations.length === 0) return null;
  return (
    <div className="rounded-lg border border-red-500/40 bg-red-950/30 p-4 text-sm" data-testid="form-problems">
      <p className="font-medium text-red-200">{t("otherProblems")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {violations.map((violation) => (
          <li
            key={`${violation.path}:${violation.message}`}
            className={violation.severity === "error" ? "text-red-300" : "text-amber-300"}
          >
            {violation.path && <code className="mr-1 text-xs text-zinc-400">{violation.path}</code>}
            {text(violation)}
          </li>
        ))}
      </ul>
    </div>
  );
}
