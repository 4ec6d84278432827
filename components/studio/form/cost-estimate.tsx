"use client";

import { useFormatter, useTranslations } from "next-intl";
import { estimateCost, type PriceList } from "@/lib/studio/cost";
import type { VideoSettings } from "./video-settings";

/** Billed seconds (the video's length), the cost where a price is configured, and the team's running generations. */
export function CostEstimate({
  settings,
  prices,
  runningCount,
}: {
  settings: VideoSettings;
  prices: PriceList;
  runningCount: number;
}) {
  const t = useTranslations("cost");
  const format = useFormatter();
  const seconds = settings.duration;
  const cost = estimateCost(prices, {
    provider: settings.provider,
    quality: settings.quality,
    audio: settings.audio,
    seconds,
  });
  return (
    <section
      aria-labelledby="cost-title"
      className="rounded-lg border border-zinc-800 bg-zinc-900/40 p-4 text-sm"
      data-testid="cost-estimate"
    >
      <h2 id="cost-title" className="mb-2 font-medium">
        {t("title")}
      </h2>
      <dl className="grid grid-cols-[1fr_auto] gap-y-1">
        <dt className="text-zinc-400">{t("billed")}</dt>
        <dd className="tabular-nums">{t("billedValue", { seconds })}</dd>
        {cost !== null && (
          <>
            <dt className="text-zinc-400">{t("cost")}</dt>
            <dd className="tabular-nums">
              {t("costValue", {
                amount: format.number(cost, { style: "currency", currency: prices.currency, maximumFractionDigits: 4 }),
              })}
            </dd>
          </>
        )}
      </dl>
      {cost === null && <p className="mt-1 text-xs text-zinc-500">{t("noPrice")}</p>}
      <p className="mt-3 text-xs text-zinc-400" data-testid="running-count">
        {t("running", { count: runningCount })}
      </p>
    </section>
  );
}
