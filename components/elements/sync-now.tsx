"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";
import type { ProviderId } from "@/lib/providers/browser";
import { ActionButton } from "./action-button";

type Sync = (input: { provider: ProviderId }) => Promise<ActionResult<{ checked: number; missing: number }>>;

/** "Sync now": compares the provider's library with the team's, marking elements deleted there. */
export function SyncNow({ provider, label, sync }: { provider: ProviderId; label: string; sync: Sync }) {
  const t = useTranslations("elements.sync");
  return (
    <ActionButton
      label={t("button", { provider: label })}
      pendingLabel={t("pending")}
      run={() => sync({ provider })}
      done={(data) => t("done", data as { checked: number; missing: number })}
    />
  );
}
