"use client";

import { useTranslations } from "next-intl";
import type { Violation } from "@/lib/providers";
import { useViolationText } from "../fields/field-messages";
import { messagesId, type FieldErrors } from "./field-errors";

/** Moves to the field a problem belongs to: its control when one points at the messages, else the messages. */
function goTo(fieldKey: string | undefined) {
  if (!fieldKey) return;
  const id = messagesId(fieldKey);
  const control = document.querySelector<HTMLElement>(`[aria-describedby~="${id}"]`);
  const target = control ?? document.getElementById(id);
  target?.scrollIntoView({ block: "center" });
  control?.focus();
}

/**
 * After an attempt to generate, every blocking problem listed by the submit button, each a link
 * to its field, so "fix 2 problems" always says which two.
 */
export function ErrorSummary({ errors }: { errors: FieldErrors }) {
  const t = useTranslations("form");
  const text = useViolationText();
  const blocking: { violation: Violation; fieldKey?: string }[] = [
    ...Object.entries(errors.byField).flatMap(([fieldKey, violations]) =>
      violations.map((violation) => ({ violation, fieldKey })),
    ),
    ...errors.unassigned.map((violation) => ({ violation })),
  ].filter(({ violation }) => violation.severity === "error");
  if (!blocking.length) return null;
  return (
    <nav aria-label={t("summary")} data-testid="error-summary" className="text-sm">
      <ul className="list-disc space-y-1 pl-5 text-red-300">
        {blocking.map(({ violation, fieldKey }) => (
          <li key={`${violation.path}:${violation.rule}:${violation.message}`}>
            {fieldKey ? (
              <button
                type="button"
                onClick={() => goTo(fieldKey)}
                className="text-left underline-offset-2 hover:underline"
              >
                {text(violation)}
              </button>
            ) : (
              text(violation)
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
