"use client";

import { useLocale, useTranslations } from "next-intl";
import type { GenerationView } from "@/lib/tasks/present";

/** Why it failed in plain words, with the provider's own code for whoever asks the provider. */
export function FailureNotice({ error }: { error: NonNullable<GenerationView["error"]> }) {
  const t = useTranslations("generation");
  const locale = useLocale();
  return (
    <section
      role="alert"
      className="rounded-xl border border-red-500/40 bg-red-950/30 p-5 text-sm"
      data-testid="generation-error"
    >
      <h2 className="font-medium text-red-200">{t("failedTitle")}</h2>
      <p className="mt-2 text-red-100">{t(`errorKinds.${error.kind}`)}</p>
      {/* The stored message is the provider library's English; other languages get the catalog's advice. */}
      <p className="mt-1 text-red-100/80">{locale === "en" ? error.message : t(`advice.${error.kind}`)}</p>
      {error.providerCode && (
        <p className="mt-2 font-mono text-xs text-red-200/80">{t("providerCode", { code: error.providerCode })}</p>
      )}
      {error.providerMessage && error.providerMessage !== error.message && (
        <p className="mt-1 text-xs text-red-200/70">{t("providerMessage", { message: error.providerMessage })}</p>
      )}
    </section>
  );
}
