import { getFormatter, getTranslations } from "next-intl/server";
import type { ProviderAccountReading } from "@/lib/studio/provider-accounts";

/** Admins: what remains of each provider account's resource packs (Kling), read at most once a minute. */
export async function ProviderAccounts({ readings }: { readings: ProviderAccountReading[] }) {
  const t = await getTranslations("settings.providerAccounts");
  const format = await getFormatter();
  if (readings.length === 0) return <p className="text-sm text-zinc-400">{t("none")}</p>;
  return (
    <div className="space-y-4">
      {readings.map((reading) => (
        <div key={reading.provider} data-testid={`provider-account-${reading.provider}`}>
          <h3 className="text-sm font-medium">{reading.label}</h3>
          {reading.packs === null ? (
            <p role="alert" className="mt-1 text-sm text-red-400">
              {t("failed", { problem: reading.problem ?? "" })}
            </p>
          ) : reading.packs.length === 0 ? (
            <p className="mt-1 text-sm text-zinc-400">{t("noPacks")}</p>
          ) : (
            <table className="mt-2 w-full text-left text-sm">
              <thead className="text-zinc-400">
                <tr>
                  <th className="py-1 font-normal">{t("pack")}</th>
                  <th className="py-1 font-normal">{t("remaining")}</th>
                  <th className="py-1 font-normal">{t("status")}</th>
                  <th className="py-1 font-normal">{t("expires")}</th>
                </tr>
              </thead>
              <tbody>
                {reading.packs.map((pack, index) => (
                  <tr key={`${pack.name}-${index}`} className="border-t border-zinc-800">
                    <td className="py-1">{pack.name}</td>
                    <td className="py-1 tabular-nums">
                      {t("ofTotal", { remaining: format.number(pack.remaining), total: format.number(pack.total) })}
                    </td>
                    <td className="py-1">{pack.status}</td>
                    <td className="py-1">
                      {pack.expiresAt ? format.dateTime(new Date(pack.expiresAt), { dateStyle: "medium" }) : "–"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="mt-1 text-xs text-zinc-500">
            {t("checked", { at: format.dateTime(new Date(reading.checkedAt), { timeStyle: "short" }) })}
          </p>
        </div>
      ))}
    </div>
  );
}
