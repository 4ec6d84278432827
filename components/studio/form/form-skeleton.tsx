"use client";

import { useTranslations } from "next-intl";

export function FormSkeleton() {
  const t = useTranslations("studio");
  return (
    <div className="grid gap-8 md:grid-cols-[minmax(0,1fr)_18rem] lg:grid-cols-[minmax(0,1fr)_20rem]" aria-busy="true">
      <div className="h-64 animate-pulse rounded-lg bg-zinc-900/60" />
      <div className="h-64 animate-pulse rounded-lg bg-zinc-900/60" />
      <p className="sr-only" role="status">
        {t("loadingForm")}
      </p>
    </div>
  );
}
