"use client";

import { useMessages, useTranslations } from "next-intl";
import type { Violation } from "@/lib/providers";
import { messagesId } from "../form/field-errors";
import { violationMessageKey } from "./violation-text";

/**
 * A violation in the creator's words: the catalog's where its wording is generic, else the rule's
 * wording in the creator's language where the catalog has one (i18n/request.ts), else the provider's.
 */
export function useViolationText() {
  const t = useTranslations("violations");
  const { providerRules } = useMessages() as { providerRules?: Record<string, string> };
  return (violation: Violation) => {
    const key = violationMessageKey(violation);
    return key ? t(key) : (providerRules?.[violation.rule] ?? violation.message);
  };
}

/** The violations of one field, right under it; the field points here with aria-describedby. */
export function FieldMessages({ fieldKey, violations }: { fieldKey: string; violations: Violation[] }) {
  const text = useViolationText();
  if (violations.length === 0) return null;
  return (
    <ul id={messagesId(fieldKey)} className="mt-1 space-y-0.5 text-sm" data-field-messages={fieldKey}>
      {violations.map((violation) => (
        <li
          key={`${violation.rule}:${violation.path}:${violation.message}`}
          className={violation.severity === "error" ? "text-red-400" : "text-amber-300"}
        >
          {text(violation)}
        </li>
      ))}
    </ul>
  );
}

/** Props that mark a control invalid and tie it to its messages. */
export function describedBy(fieldKey: string, violations: Violation[], extraId?: string) {
  const ids = [violations.length ? messagesId(fieldKey) : undefined, extraId].filter(Boolean).join(" ");
  return {
    "aria-invalid": violations.some((violation) => violation.severity === "error") || undefined,
    "aria-describedby": ids || undefined,
  };
}
