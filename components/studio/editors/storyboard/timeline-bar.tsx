"use client";

import { useTranslations } from "next-intl";
import type { Timeline } from "./timeline";

const COLORS = ["bg-orange-400", "bg-sky-400", "bg-emerald-400", "bg-fuchsia-400", "bg-yellow-300", "bg-indigo-400"];

/** Each shot's share of the video; a sum other than the video's length turns the bar into an error. */
export function TimelineBar({ timeline }: { timeline: Timeline }) {
  const t = useTranslations("storyboard");
  const ok = timeline.status === "ok";
  return (
    <section aria-labelledby="timeline-title" data-testid="storyboard-timeline" data-status={timeline.status}>
      <h3 id="timeline-title" className="mb-1 text-sm font-medium text-zinc-200">
        {t("timeline")}
      </h3>
      <ol
        className={`flex h-8 overflow-hidden rounded-md border bg-zinc-900 ${ok ? "border-zinc-700" : "border-red-500 ring-1 ring-red-500"}`}
      >
        {timeline.segments.map((segment) => (
          <li
            key={segment.id}
            style={{ width: `${segment.share * 100}%` }}
            className={`flex min-w-0 items-center justify-center border-r border-zinc-950 text-xs font-medium text-zinc-950 ${COLORS[segment.index % COLORS.length]}`}
            data-testid="timeline-segment"
            aria-label={t("timelineShot", { number: segment.index + 1, seconds: segment.duration })}
          >
            <span aria-hidden className="truncate px-1">
              {segment.index + 1}
            </span>
          </li>
        ))}
      </ol>
      <p role={ok ? undefined : "alert"} className={`mt-1 text-sm ${ok ? "text-zinc-500" : "text-red-400"}`}>
        {ok
          ? t("timelineOk", { sum: timeline.sum, total: timeline.total })
          : t("timelineMismatch", { sum: timeline.sum, total: timeline.total })}
      </p>
    </section>
  );
}
