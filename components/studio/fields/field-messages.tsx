"use client";

import { useMessages, useTranslations } from "next-intl";
import type { MediaRole, Violation } from "@/lib/providers";
import { messagesId } from "../form/field-errors";
import { fillTemplate, shotOf, violationMessageKey } from "./violation-text";

type RuleMessages = { providerRules?: Record<string, string>; providerRuleValues?: Record<string, string> };

/**
 * A violation in the creator's words: the catalog's where its wording is generic, else the rule's
 * wording in the creator's language where the catalog has one (i18n/request.ts), with the
 * violation's values when it reports them, else the provider's sentence. A media role is named as
 * the form labels it.
 */
export function useViolationText() {
  const t = useTranslations("violations");
  const media = useTranslations("media");
  const { providerRules, providerRuleValues } = useMessages() as RuleMessages;
  const roleLabel = (role: string, mode: unknown) =>
    mode === "extend" && role === "feature"
      ? media("video.toExtend")
      : media.has(`roles.${role as MediaRole}`)
        ? media(`roles.${role as MediaRole}`)
        : role;
  return (violation: Violation) => {
    const params = violation.params ?? {};
    const values = typeof params.role === "string" ? { ...params, role: roleLabel(params.role, params.mode) } : params;
    const key = violationMessageKey(violation);
    if (key === "missingMedia") return t(key, { field: values.role! });
    if (key === "emptyShotPrompt") return t(key, { shot: shotOf(violation.path)! });
    if (key) return t(key);
    // Plain strings only (i18n/request.ts): anything else falls back to the provider's sentence.
    const template = providerRuleValues?.[violation.rule];
    const plain = providerRules?.[violation.rule];
    const filled = typeof template === "string" ? fillTemplate(template, values) : undefined;
    return filled ?? (typeof plain === "string" ? plain : violation.message);
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
