"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { isProviderId, PROVIDER_LABELS } from "@/lib/providers/browser";
import type { PolledGeneration } from "./use-generation";
import { useCancelGeneration } from "./use-generation";
import { useDurationText } from "./use-duration-text";

const CANCELABLE = new Set(["submitting", "queued", "running"]);

/** Status, an ETA-based progress bar while unfinished, and the cancel button. */
export function StatusPanel({ generation }: { generation: PolledGeneration }) {
  const t = useTranslations("generation");
  const status = useTranslations("statuses");
  const cancel = useCancelGeneration(generation.id);
  // A provider that bills is asked only after the creator has read what may still be charged.
  const [confirming, setConfirming] = useState(false);
  const eta = generation.eta;
  // Late: no percentage pinned near the end, an indeterminate bar and the usual range instead.
  const progress = generation.final ? (generation.status === "succeeded" ? 1 : 0) : (eta?.progress ?? null);
  return (
    <section aria-labelledby="status-title" className="rounded-xl border border-zinc-800 p-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="status-title" className="text-sm text-zinc-400">
          {t("status")}:{" "}
          <span
            className="text-lg font-medium text-zinc-100"
            data-testid="generation-status"
            data-status={generation.status}
          >
            {status(generation.status)}
          </span>
        </h2>
        {CANCELABLE.has(generation.status) && !confirming && (
          <button
            type="button"
            onClick={() => (generation.billed ? setConfirming(true) : cancel.mutate())}
            disabled={cancel.isPending}
            className="rounded-md border border-zinc-700 px-3 py-1.5 text-sm hover:bg-zinc-900 disabled:opacity-50"
          >
            {cancel.isPending ? t("canceling") : t("cancel")}
          </button>
        )}
      </div>
      {confirming && CANCELABLE.has(generation.status) && (
        <div
          role="alertdialog"
          aria-labelledby="cancel-question"
          className="mt-4 space-y-3 rounded-lg bg-zinc-900 p-4 text-sm"
        >
          <p id="cancel-question">{t("cancelBilled", { provider: generation.provider })}</p>
          <div className="flex gap-2">
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
                cancel.mutate();
              }}
              className="rounded-md bg-red-600 px-3 py-1.5 font-medium text-white hover:bg-red-500"
            >
              {t("cancelConfirm")}
            </button>
            <button
              type="button"
              autoFocus
              onClick={() => setConfirming(false)}
              className="rounded-md border border-zinc-700 px-3 py-1.5 hover:bg-zinc-800"
            >
              {t("cancelKeep")}
            </button>
          </div>
        </div>
      )}
      {!generation.final && (
        <div className="mt-4">
          <div
            role="progressbar"
            aria-label={t("progress")}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={progress === null ? undefined : Math.round(progress * 100)}
            className="h-2 overflow-hidden rounded-full bg-zinc-800"
          >
            <div
              className={`h-full rounded-full bg-accent transition-[width] duration-1000 ease-linear ${progress === null ? "animate-pulse" : ""}`}
              style={{ width: `${progress === null ? 100 : Math.max(2, progress * 100)}%` }}
            />
          </div>
          {eta && (
            <EtaText
              eta={eta}
              receivedAt={generation.receivedAt}
              provider={isProviderId(generation.provider) ? PROVIDER_LABELS[generation.provider] : generation.provider}
            />
          )}
        </div>
      )}
      {cancel.error && (
        <p role="alert" className="mt-3 text-sm text-red-300">
          {t("cancelFailed", { message: cancel.error.message })}
        </p>
      )}
    </section>
  );
}

/** The time left in words: in line for a worker, about how long, or honestly late with the usual range. */
function EtaText({
  eta,
  receivedAt,
  provider,
}: {
  eta: NonNullable<PolledGeneration["eta"]>;
  receivedAt: number;
  provider: string;
}) {
  const t = useTranslations("generation");
  const span = useDurationText();
  let text: string;
  if (eta.slotPlace !== null) text = t("waitingForSlot", { place: eta.slotPlace, provider });
  else if (eta.ahead !== null) text = t("waitingForWorker", { ahead: eta.ahead });
  else if (eta.expectedAt === null) {
    const range = { low: span(eta.usualLowMs), high: span(eta.usualHighMs) };
    text = eta.basedOnSamples > 0 ? t("etaLateUsual", range) : t("etaLate", range);
  } else {
    const secondsLeft = Math.round((Date.parse(eta.expectedAt) - receivedAt) / 1000);
    text = secondsLeft > 0 ? t("eta", { left: span(secondsLeft * 1000) }) : t("etaAlmost");
  }
  return (
    <p
      className="mt-2 text-sm text-zinc-400"
      data-testid="generation-eta"
      data-state={eta.slotPlace !== null ? "waiting-for-slot" : eta.state}
    >
      {text}
    </p>
  );
}
