"use client";

import UsageChart from "./usage-chart";
import { useFormatter, useTranslations } from "next-intl";
import { USAGE_DIMENSIONS, USAGE_PERIODS } from "@/lib/usage/usage-dimensions";
import type { UsageReport } from "@/lib/usage/usage-query";

const FIELD = "rounded-md border border-zinc-700 bg-zinc-900 px-2 py-1.5 text-sm";

export function UsageView({ report }: { report: UsageReport }) {
  const t = useTranslations("usage");
  const format = useFormatter();
  const { query, rows, providers } = report;
  const search = new URLSearchParams({
    period: query.period,
    by: query.by,
    from: report.range.from,
    to: report.range.to,
  }).toString();
  const money = (value: number | null) =>
    value === null ? t("noPrice") : format.number(value, { style: "currency", currency: report.currency });

  return (
    <div className="space-y-8">
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t("show")}>
        <label className="flex flex-col gap-1 text-xs text-zinc-400">
          {t("period")}
          <select name="period" defaultValue={query.period} className={FIELD}>
            {USAGE_PERIODS.map((period) => (
              <option key={period} value={period}>
                {t(`periods.${period}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs text-zinc-400">
          {t("by")}
          <select name="by" defaultValue={query.by} className={FIELD}>
            {USAGE_DIMENSIONS.map((dimension) => (
              <option key={dimension} value={dimension}>
                {t(`dimensions.${dimension}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs text-zinc-400">
          {t("from")}
          <input type="date" name="from" defaultValue={report.range.from} className={FIELD} />
        </label>
        <label className="flex flex-col gap-1 text-xs text-zinc-400">
          {t("to")}
          <input type="date" name="to" defaultValue={report.range.to} className={FIELD} />
        </label>
        <button type="submit" className="rounded-md bg-accent px-4 py-1.5 text-sm font-medium text-zinc-950">
          {t("show")}
        </button>
        <a
          href={`/api/usage/csv?${search}`}
          download
          className="pb-1.5 text-sm text-zinc-300 underline-offset-2 hover:underline"
        >
          {t("csv")}
        </a>
      </form>

      {rows.length === 0 ? (
        <p className="rounded-xl border border-dashed border-zinc-800 px-6 py-12 text-center text-sm text-zinc-400">
          {t("empty")}
        </p>
      ) : (
        <section className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <div>
            <h2 className="mb-2 text-sm font-medium text-zinc-400">{t("chartTitle")}</h2>
            <UsageChart
              rows={rows}
              label={t("chartLabel", { period: t(`periods.${query.period}`), by: t(`dimensions.${query.by}`) })}
            />
          </div>
          <div className="overflow-x-auto">
            <h2 className="mb-2 text-sm font-medium text-zinc-400">{t("table")}</h2>
            <table className="w-full text-sm" data-testid="usage-table">
              <thead className="text-left text-xs text-zinc-500">
                <tr>
                  <th className="py-1 pr-3 font-normal">{t("columns.period")}</th>
                  <th className="py-1 pr-3 font-normal">{t(`dimensions.${query.by}`)}</th>
                  <th className="py-1 pr-3 text-right font-normal">{t("columns.generations")}</th>
                  <th className="py-1 pr-3 text-right font-normal">{t("columns.billedSeconds")}</th>
                  <th className="py-1 text-right font-normal">{t("columns.estimatedCost")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={`${row.period}|${row.key}`} className="border-t border-zinc-800">
                    <td className="py-1 pr-3">{row.period}</td>
                    <td className="py-1 pr-3">{row.label}</td>
                    <td className="py-1 pr-3 text-right">
                      {row.succeeded}/{row.generations}
                    </td>
                    <td className="py-1 pr-3 text-right">{row.billedSeconds}</td>
                    <td className="py-1 text-right">{money(row.estimatedCost)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {providers.length > 0 && (
        <section>
          <h2 className="mb-2 text-sm font-medium text-zinc-400">{t("providers")}</h2>
          <table className="w-full text-sm" data-testid="provider-health">
            <thead className="text-left text-xs text-zinc-500">
              <tr>
                <th className="py-1 pr-3 font-normal">{t("dimensions.provider")}</th>
                <th className="py-1 pr-3 text-right font-normal">{t("successRate")}</th>
                <th className="py-1 pr-3 text-right font-normal">{t("medianTime")}</th>
                <th className="py-1 font-normal">{t("failures")}</th>
              </tr>
            </thead>
            <tbody>
              {providers.map((provider) => (
                <tr key={provider.provider} className="border-t border-zinc-800">
                  <td className="py-1 pr-3">{provider.provider}</td>
                  <td className="py-1 pr-3 text-right">
                    {format.number(provider.successRate, { style: "percent" })} ({provider.succeeded}/
                    {provider.generations})
                  </td>
                  <td className="py-1 pr-3 text-right">
                    {provider.medianSecondsToFinish === null
                      ? "–"
                      : t("seconds", { seconds: provider.medianSecondsToFinish })}
                  </td>
                  <td className="py-1">
                    {provider.failures.length
                      ? provider.failures.map((failure) => `${failure.reason} × ${failure.count}`).join(", ")
                      : t("noFailures")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
