"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";
import type { ProviderId } from "@/lib/providers/browser";

type Offered = { provider: ProviderId; label: string; available: boolean };
export type FailoverFamilyView = {
  family: string;
  offered: Offered[];
  policy: { providers: ProviderId[]; enabled: boolean; dropUnsupported: boolean } | null;
};
type SavePolicy = (input: {
  family: string;
  providers: ProviderId[];
  enabled: boolean;
  dropUnsupported: boolean;
}) => Promise<ActionResult<{ saved: true }>>;

/** Admins: per model family, which providers a generation may move through, in order. */
export function FailoverPolicies({ families, save }: { families: FailoverFamilyView[]; save: SavePolicy }) {
  const t = useTranslations("settings.failover");
  if (families.length === 0) return <p className="text-sm text-zinc-400">{t("none")}</p>;
  return (
    <div className="space-y-6">
      <p className="text-sm text-zinc-400">{t("intro")}</p>
      {families.map((family) => (
        <FamilyPolicy key={family.family} family={family} save={save} />
      ))}
    </div>
  );
}

function FamilyPolicy({ family, save }: { family: FailoverFamilyView; save: SavePolicy }) {
  const t = useTranslations("settings.failover");
  const router = useRouter();
  const [order, setOrder] = useState<ProviderId[]>(family.policy?.providers ?? []);
  const [enabled, setEnabled] = useState(family.policy?.enabled ?? false);
  const [dropUnsupported, setDropUnsupported] = useState(family.policy?.dropUnsupported ?? false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const labelOf = (provider: ProviderId) =>
    family.offered.find((entry) => entry.provider === provider)?.label ?? provider;
  const outside = family.offered.filter((entry) => !order.includes(entry.provider));
  const move = (index: number, by: -1 | 1) =>
    setOrder((current) => {
      const next = [...current];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item!);
      return next;
    });

  return (
    <fieldset className="rounded-lg border border-zinc-800 p-4" data-testid={`failover-${family.family}`}>
      <legend className="px-1 text-sm font-medium">{family.family}</legend>
      <ol className="space-y-1 text-sm">
        {order.map((provider, index) => (
          <li key={provider} className="flex items-center gap-2">
            <span className="w-5 text-zinc-500">{index + 1}.</span>
            <span className="flex-1">{labelOf(provider)}</span>
            <button
              type="button"
              disabled={index === 0}
              onClick={() => move(index, -1)}
              aria-label={t("up", { provider: labelOf(provider) })}
              className="rounded border border-zinc-700 px-2 disabled:opacity-40"
            >
              ↑
            </button>
            <button
              type="button"
              disabled={index === order.length - 1}
              onClick={() => move(index, 1)}
              aria-label={t("down", { provider: labelOf(provider) })}
              className="rounded border border-zinc-700 px-2 disabled:opacity-40"
            >
              ↓
            </button>
            <button
              type="button"
              onClick={() => setOrder((current) => current.filter((entry) => entry !== provider))}
              className="rounded border border-zinc-700 px-2"
            >
              {t("remove")}
            </button>
          </li>
        ))}
      </ol>
      {outside.length > 0 && (
        <div className="mt-2 flex flex-wrap gap-2 text-sm">
          {outside.map((entry) => (
            <button
              key={entry.provider}
              type="button"
              onClick={() => setOrder((current) => [...current, entry.provider])}
              className="rounded border border-dashed border-zinc-700 px-2 py-0.5 text-zinc-300"
            >
              {t("add", { provider: entry.label })}
              {!entry.available && ` (${t("notConfigured")})`}
            </button>
          ))}
        </div>
      )}
      <label className="mt-3 flex items-center gap-2 text-sm">
        <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
        {t("enabled")}
      </label>
      <label className="mt-1 flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={dropUnsupported}
          onChange={(event) => setDropUnsupported(event.target.checked)}
        />
        {t("dropUnsupported")}
      </label>
      <div className="mt-3 flex items-center gap-3">
        <button
          type="button"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await save({ family: family.family, providers: order, enabled, dropUnsupported });
              setMessage(result.ok ? { ok: true, text: t("saved") } : { ok: false, text: result.error.message });
              if (result.ok) router.refresh();
            })
          }
          className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-zinc-950 disabled:opacity-50"
        >
          {t("save")}
        </button>
        {message && (
          <span
            role={message.ok ? "status" : "alert"}
            className={message.ok ? "text-sm text-zinc-400" : "text-sm text-red-300"}
          >
            {message.text}
          </span>
        )}
      </div>
    </fieldset>
  );
}
