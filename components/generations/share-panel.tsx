"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { fetchJson } from "@/lib/api-client";

type Link = { id: string; createdAt: string; expiresAt: string | null; createdBy: string };
const EXPIRIES = ["1d", "7d", "30d", "never"] as const;
const BUTTON = "rounded-md border border-zinc-700 px-3 py-1.5 text-sm hover:border-zinc-500 disabled:opacity-60";

/** Read-only links to a finished generation: made with an expiry, copied once, listed while live, revoked. */
export function SharePanel({ generationId }: { generationId: string }) {
  const t = useTranslations("share");
  const format = useFormatter();
  const queryClient = useQueryClient();
  const key = ["generations", "share-links", generationId];
  const [expiresIn, setExpiresIn] = useState<(typeof EXPIRIES)[number]>("7d");
  const [created, setCreated] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const links = useQuery({
    queryKey: key,
    queryFn: () => fetchJson<{ links: Link[] }>(`/api/generations/${generationId}/share-links`),
  });
  const settle = () => queryClient.invalidateQueries({ queryKey: key });
  const create = useMutation({
    mutationFn: () =>
      fetchJson<Link & { url: string }>(`/api/generations/${generationId}/share-links`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ expiresIn }),
      }),
    onSuccess: (link) => {
      setCreated(link.url);
      setCopied(false);
    },
    onSettled: settle,
  });
  const revoke = useMutation({
    mutationFn: (id: string) =>
      fetchJson<null>(`/api/generations/${generationId}/share-links/${id}`, { method: "DELETE" }),
    onSettled: settle,
  });
  const failure = create.error ?? revoke.error;

  return (
    <section className="space-y-3 rounded-xl border border-zinc-800 p-4" aria-labelledby="share-title">
      <h2 id="share-title" className="font-medium">
        {t("panelTitle")}
      </h2>
      <p className="text-sm text-zinc-400">{t("panelBody")}</p>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-xs text-zinc-400">
          {t("expiresIn")}
          <select
            value={expiresIn}
            onChange={(event) => setExpiresIn(event.target.value as (typeof EXPIRIES)[number])}
            className="rounded-md border border-zinc-700 bg-zinc-900 px-2 py-1.5 text-sm text-zinc-100"
          >
            {EXPIRIES.map((expiry) => (
              <option key={expiry} value={expiry}>
                {t(`expiry.${expiry}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className={BUTTON} disabled={create.isPending} onClick={() => create.mutate()}>
          {t("create")}
        </button>
      </div>
      {created && (
        <div className="space-y-1 text-sm">
          <p className="text-zinc-400">{t("newLink")}</p>
          <div className="flex gap-2">
            <input
              readOnly
              value={created}
              data-testid="share-url"
              className="min-w-0 flex-1 rounded-md border border-zinc-700 bg-zinc-900 px-2 py-1"
            />
            <button
              type="button"
              className={BUTTON}
              onClick={() => void navigator.clipboard?.writeText(created).then(() => setCopied(true))}
            >
              {copied ? t("copied") : t("copy")}
            </button>
          </div>
        </div>
      )}
      {failure && (
        <p role="alert" className="text-sm text-red-300">
          {t("failed", { message: failure.message })}
        </p>
      )}
      <h3 className="text-sm font-medium text-zinc-400">{t("liveLinks")}</h3>
      {links.data?.links.length ? (
        <ul className="space-y-2 text-sm" data-testid="share-links">
          {links.data.links.map((link) => (
            <li key={link.id} className="flex items-center justify-between gap-3">
              <span>
                {t("createdBy", {
                  name: link.createdBy,
                  date: format.dateTime(new Date(link.createdAt), { dateStyle: "medium" }),
                })}{" "}
                ·{" "}
                {link.expiresAt
                  ? t("until", { date: format.dateTime(new Date(link.expiresAt), { dateStyle: "medium" }) })
                  : t("forever")}
              </span>
              <button
                type="button"
                className={BUTTON}
                disabled={revoke.isPending}
                onClick={() => revoke.mutate(link.id)}
              >
                {t("revoke")}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-zinc-500">{t("none")}</p>
      )}
    </section>
  );
}
