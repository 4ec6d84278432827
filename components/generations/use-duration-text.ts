"use client";

import { useTranslations } from "next-intl";

/** A duration as people say it: seconds up to a minute and a half, then minutes. */
export function useDurationText() {
  const t = useTranslations("generation");
  return (ms: number) =>
    ms < 90_000 ? t("seconds", { seconds: Math.round(ms / 1000) }) : t("minutes", { minutes: Math.round(ms / 60_000) });
}
