"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";
import type { ProviderId } from "@/lib/providers/browser";
import { ActionButton } from "./action-button";
import { BindingState, type BindingView } from "./binding-state";

export type Retry = (input: { elementId: string; provider: ProviderId }) => Promise<ActionResult<unknown>>;

type Row = BindingView & { provider: ProviderId; remoteId?: string | null; checkedAt?: string | null };

/** Where the element exists, provider by provider: state, the provider's message, when last checked, and retry. */
export function BindingPanel({ elementId, bindings, retry }: { elementId: string; bindings: Row[]; retry?: Retry }) {
  const t = useTranslations("elements.bindings");
  const format = useFormatter();
  if (bindings.length === 0) return <p className="text-sm text-zinc-500">{t("none")}</p>;
  return (
    <ul className="space-y-3" aria-live="polite">
      {bindings.map((binding) => (
        <li key={binding.provider} className="rounded-md border border-zinc-800 p-3 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <BindingState binding={binding} />
            {binding.remoteId && (
              <code className="text-xs text-zinc-500">{t("remoteId", { id: binding.remoteId })}</code>
            )}
            {binding.checkedAt && (
              <span className="text-xs text-zinc-500">
                {t("checked", { when: format.relativeTime(new Date(binding.checkedAt)) })}
              </span>
            )}
          </div>
          {binding.message && <p className="mt-1 text-zinc-400">{binding.message}</p>}
          {retry && (binding.state === "failed" || binding.state === "missing") && (
            <div className="mt-2">
              <ActionButton
                label={binding.state === "missing" ? t("recreate") : t("retry")}
                pendingLabel={t("retrying")}
                run={() => retry({ elementId, provider: binding.provider })}
              />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
