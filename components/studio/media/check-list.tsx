"use client";

import { useTranslations } from "next-intl";
import type { MediaCheck } from "@/lib/studio/media/media-checks";

/** Broken provider rules as sentences; `side` params ("width"/"height") are translated too. */
export function CheckList({ id, checks, title }: { id?: string; checks: readonly MediaCheck[]; title?: string }) {
  const t = useTranslations("media");
  if (checks.length === 0) return null;
  return (
    <div id={id} className="mt-1 text-sm text-red-400" role="alert">
      {title && <p>{title}</p>}
      <ul className="list-disc pl-5">
        {checks.map((check, index) => {
          const side = check.params.side;
          const params =
            side === "width" || side === "height" ? { ...check.params, side: t(`sides.${side}`) } : check.params;
          return (
            <li key={`${check.rule}-${index}`} data-rule={check.rule}>
              {t(`checks.${check.rule}`, params)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Violations the form reported for a field (already sentences). */
export function ErrorList({ id, errors }: { id?: string; errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <ul id={id} className="mt-1 space-y-0.5 text-sm text-red-400">
      {errors.map((error) => (
        <li key={error}>{error}</li>
      ))}
    </ul>
  );
}
