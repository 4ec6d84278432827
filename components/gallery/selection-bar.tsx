"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ApiRequestError, fetchJson } from "@/lib/api-client";
import { queryKeys } from "@/lib/query-keys";

const BUTTON = "rounded-md border border-zinc-700 px-3 py-1.5 text-sm hover:border-zinc-500";

/** What can be done with the chosen generations: download them as one ZIP, or delete them (asked first). */
export function SelectionBar({
  selected,
  onSelectAll,
  onClear,
}: {
  selected: string[];
  onSelectAll: () => void;
  onClear: () => void;
}) {
  const t = useTranslations("gallery");
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  if (!selected.length && !message) return null;

  async function remove() {
    setBusy(true);
    try {
      const { removed } = await fetchJson<{ removed: string[] }>("/api/generations/delete", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ids: selected }),
      });
      setMessage({ text: t("deleted", { count: removed.length }), error: false });
      onClear();
      await queryClient.invalidateQueries({ queryKey: queryKeys.generations.all });
    } catch (error) {
      const text = error instanceof ApiRequestError ? error.message : String(error);
      setMessage({ text: t("deleteFailed", { message: text }), error: true });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  return (
    <div
      role="region"
      aria-label={t("selected", { count: selected.length })}
      className="sticky top-2 z-10 mb-4 flex flex-wrap items-center gap-3 rounded-lg border border-zinc-700 bg-zinc-900/95 p-3 text-sm shadow-lg"
    >
      {selected.length > 0 && (
        <>
          <span className="font-medium">{t("selected", { count: selected.length })}</span>
          <button type="button" className={BUTTON} onClick={onSelectAll}>
            {t("selectAll")}
          </button>
          <a className={BUTTON} href={`/api/generations/archive?ids=${selected.join(",")}`} download>
            {t("downloadZip")}
          </a>
          {confirming ? (
            <span role="alertdialog" aria-label={t("delete")} className="flex flex-wrap items-center gap-2">
              <span>{t("confirmDelete", { count: selected.length })}</span>
              <button
                type="button"
                disabled={busy}
                onClick={() => void remove()}
                className="rounded-md bg-red-600 px-3 py-1.5 font-medium text-white hover:bg-red-500 disabled:opacity-60"
              >
                {t("confirm")}
              </button>
              <button type="button" className={BUTTON} onClick={() => setConfirming(false)} autoFocus>
                {t("keep")}
              </button>
            </span>
          ) : (
            <button type="button" className={`${BUTTON} text-red-300`} onClick={() => setConfirming(true)}>
              {t("delete")}
            </button>
          )}
          <button type="button" className="text-zinc-400 hover:underline" onClick={onClear}>
            {t("clearSelection")}
          </button>
        </>
      )}
      {message && (
        <p role={message.error ? "alert" : "status"} className={message.error ? "text-red-300" : "text-zinc-300"}>
          {message.text}
        </p>
      )}
    </div>
  );
}
