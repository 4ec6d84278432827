import { getFormatter, getTranslations } from "next-intl/server";
import type { ProviderStatus } from "@/lib/tasks/failover-policy";

/** Admins: each provider's circuit, recent error rate, median time to finish and queue. */
export async function ProviderStatusPanel({ statuses }: { statuses: ProviderStatus[] }) {
  const t = await getTranslations("settings.providerStatus");
  const format = await getFormatter();
  if (statuses.length === 0) return <p className="text-sm text-zinc-400">{t("none")}</p>;
  return (
    <table className="w-full text-left text-sm" data-testid="provider-status">
      <thead className="text-zinc-400">
        <tr>
          <th className="py-1 font-normal">{t("provider")}</th>
          <th className="py-1 font-normal">{t("state")}</th>
          <th className="py-1 font-normal">{t("errorRate")}</th>
          <th className="py-1 font-normal">{t("median")}</th>
          <th className="py-1 font-normal">{t("waiting")}</th>
        </tr>
      </thead>
      <tbody>
        {statuses.map((status) => (
          <tr key={status.provider} className="border-t border-zinc-800 align-top">
            <td className="py-1">{status.label}</td>
            <td className="py-1" data-state={status.state}>
              {t(`states.${status.state}`)}
              {status.lastError && <span className="block text-xs text-zinc-500">{status.lastError}</span>}
            </td>
            <td className="py-1 tabular-nums">
              {status.errorRate === null ? "–" : format.number(status.errorRate, { style: "percent" })}
            </td>
            <td className="py-1 tabular-nums">
              {status.medianSeconds === null ? "–" : t("seconds", { seconds: status.medianSeconds })}
            </td>
            <td className="py-1 tabular-nums">{status.waiting}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
