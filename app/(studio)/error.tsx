"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

export default function StudioError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("states");
  useEffect(() => console.error(error), [error]);
  return (
    <section role="alert" className="rounded-xl border border-red-500/40 bg-red-950/20 px-6 py-12 text-center">
      <h1 className="text-lg font-medium">{t("errorTitle")}</h1>
      <p className="mx-auto mt-2 max-w-md text-sm text-zinc-400">{t("errorBody")}</p>
      {error.digest && <p className="mt-2 font-mono text-xs text-zinc-500">{error.digest}</p>}
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-accent px-4 py-2 text-sm font-medium text-zinc-950 hover:bg-accent-strong"
      >
        {t("retry")}
      </button>
    </section>
  );
}
