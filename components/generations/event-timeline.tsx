"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { GenerationView } from "@/lib/tasks/present";
import { useDurationText } from "./use-duration-text";

/** Every status the generation went through, with its time. */
export function EventTimeline({
  events,
  error,
}: {
  events: GenerationView["events"];
  error?: GenerationView["error"];
}) {
  const t = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  // The failure's own sentence is the provider library's English; other languages get the catalog's advice.
  const span = useDurationText();
  const numbers = ({ estimatedMs, tookMs, samples }: NonNullable<GenerationView["events"][number]["detail"]>) =>
    tookMs === null
      ? t("generation.estimated", { estimated: span(estimatedMs), samples: samples ?? 0 })
      : t("generation.took", { took: span(tookMs), estimated: span(estimatedMs) });
  const say = (message: string) =>
    locale !== "en" && error && message === error.message ? t(`generation.advice.${error.kind}`) : message;
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="mb-3 font-medium">
        {t("generation.timeline")}
      </h2>
      <ol className="space-y-2 border-l border-zinc-800 pl-4 text-sm" data-testid="event-timeline">
        {events.map((event, index) => (
          <li key={`${event.status}-${event.at}-${index}`} className="relative">
            <span aria-hidden className="absolute top-1.5 -left-[1.3rem] size-2 rounded-full bg-zinc-500" />
            <time dateTime={event.at} className="mr-2 tabular-nums text-zinc-500">
              {format.dateTime(new Date(event.at), { hour: "2-digit", minute: "2-digit", second: "2-digit" })}
            </time>
            <span>{t(`statuses.${event.status}`)}</span>
            {event.message && <span className="block text-zinc-400">{say(event.message)}</span>}
            {event.detail && <span className="block text-zinc-500">{numbers(event.detail)}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
