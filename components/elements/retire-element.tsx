"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";
import { ActionButton } from "./action-button";

type Retire = (input: { elementId: string }) => Promise<ActionResult<unknown>>;

/** Retires the element: deleted at the providers that store it, kept in the generations that used it. */
export function RetireElement({ elementId, name, retire }: { elementId: string; name: string; retire: Retire }) {
  const t = useTranslations("elements.retire");
  const router = useRouter();
  return (
    <section className="rounded-md border border-red-900/60 p-3">
      <h2 className="mb-1 font-medium">{t("title")}</h2>
      <p className="mb-3 text-sm text-zinc-400">{t("explain")}</p>
      <ActionButton
        tone="danger"
        label={t("button")}
        pendingLabel={t("pending")}
        confirm={t("confirm", { name })}
        run={() => retire({ elementId })}
        after={() => router.push("/elements")}
      />
    </section>
  );
}
