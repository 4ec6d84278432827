"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { LOCALE_COOKIE, LOCALES, isAppLocale } from "@/lib/i18n/locales";

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/** A native select: reachable and operable by keyboard as is. The choice lives in a cookie the server reads. */
export function LanguageSwitcher() {
  const t = useTranslations("languages");
  const label = useTranslations("header")("language");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="flex items-center gap-1 text-sm text-zinc-400">
      <span className="sr-only">{label}</span>
      <span aria-hidden>文/A</span>
      <select
        value={locale}
        disabled={pending}
        onChange={(event) => {
          const next = event.target.value;
          if (!isAppLocale(next)) return;
          document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
          startTransition(() => router.refresh());
        }}
        className="rounded-md border border-zinc-800 bg-zinc-950 px-2 py-1 text-zinc-200"
      >
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {t(option)}
          </option>
        ))}
      </select>
    </label>
  );
}
