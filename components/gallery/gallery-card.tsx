"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useRef, useState, type KeyboardEvent } from "react";
import type { GalleryCard as Card } from "@/lib/gallery/gallery-page";
import { highlightParts } from "@/lib/gallery/highlight";
import { FavouriteButton } from "./favourite-button";

const UNFINISHED = new Set(["submitting", "queued", "running", "storing"]);

/**
 * One generation: a fixed 16:9 frame (portrait and square posters letterboxed), the prompt's
 * opening with the search highlighted, and who made it with what. The video is attached only when
 * the card is hovered or focused, so the grid loads posters and no video bytes.
 */
export function GalleryCard({
  card,
  query,
  selected,
  onToggle,
}: {
  card: Card;
  query?: string;
  /** Absent where cards cannot be chosen (the home page). */
  selected?: boolean;
  /** `range`: shift was held, so everything since the last choice is chosen too. */
  onToggle?: (range: boolean) => void;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const [playing, setPlaying] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const mode = t(`modes.${card.mode}.title` as "modes.text.title");
  const failed = card.status === "failed" || card.status === "expired";

  const start = () => card.video && setPlaying(true);
  const stop = () => {
    video.current?.pause();
    setPlaying(false);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== " " || !card.video) return;
    event.preventDefault();
    if (playing) stop();
    else start();
  };

  return (
    <div className="relative overflow-hidden rounded-xl border border-zinc-800 transition-colors hover:border-zinc-600 focus-within:border-zinc-500">
      <Link
        href={`/generations/${card.id}`}
        data-testid="gallery-card"
        data-gallery-card
        onMouseEnter={start}
        onMouseLeave={stop}
        onFocus={start}
        onBlur={stop}
        onKeyDown={onKeyDown}
        className="group block rounded-t-xl text-sm outline-none focus-visible:ring-2 focus-visible:ring-accent"
      >
        <div className="relative grid aspect-video place-items-center overflow-hidden bg-black">
          {playing && card.video ? (
            <video
              ref={video}
              src={`/api/assets/${card.video.id}`}
              poster={card.poster ? `/api/assets/${card.poster.id}` : undefined}
              preload="none"
              autoPlay
              muted
              loop
              playsInline
              data-testid="gallery-video"
              className="size-full object-contain"
            />
          ) : card.poster ? (
            // Stored posters are served with their size known; next/image would add a second resize pipeline.
            // eslint-disable-next-line @next/next/no-img-element
            <img
              src={`/api/assets/${card.poster.id}`}
              alt={t("gallery.posterAlt", { mode })}
              loading="lazy"
              className="size-full object-contain"
            />
          ) : (
            <span className={`px-3 text-center text-xs ${failed ? "text-red-300" : "text-zinc-500"}`}>
              {failed ? `⚠ ${t(`gallery.failure.${card.failure ?? "unknown"}` as "gallery.failure.unknown")}` : null}
              {card.status === "canceled" && `⊘ ${t("statuses.canceled")}`}
              {UNFINISHED.has(card.status) && (
                <span className="inline-flex items-center gap-2">
                  <span className="size-2 animate-pulse rounded-full bg-accent" aria-hidden />
                  {t(`statuses.${card.status}` as "statuses.running")}
                </span>
              )}
            </span>
          )}
          <span className="absolute bottom-2 right-2 rounded bg-black/70 px-1.5 py-0.5 text-xs text-zinc-200">
            {t("gallery.seconds", { seconds: card.durationSeconds })}
          </span>
        </div>
        <div className="space-y-1 p-3">
          <p className="line-clamp-2 min-h-10 text-zinc-100" data-testid="gallery-prompt">
            {card.prompt
              ? highlightParts(card.prompt.split("\n")[0]!, query).map((part, index) =>
                  part.match ? (
                    <mark key={index} className="rounded-sm bg-accent/30 text-zinc-50">
                      {part.text}
                    </mark>
                  ) : (
                    <span key={index}>{part.text}</span>
                  ),
                )
              : t("gallery.noPrompt")}
          </p>
          <p className="truncate text-xs text-zinc-400">
            {mode} · {card.provider} · {card.model}
          </p>
          <p className="flex justify-between gap-2 text-xs text-zinc-500">
            <span className="truncate">
              {card.creator.name} · {t(`statuses.${card.status}` as "statuses.running")}
            </span>
            <time dateTime={card.createdAt} className="shrink-0">
              {format.dateTime(new Date(card.createdAt), { dateStyle: "medium", timeStyle: "short" })}
            </time>
          </p>
        </div>
      </Link>
      {onToggle && (
        <input
          type="checkbox"
          checked={selected ?? false}
          onChange={() => undefined}
          onClick={(event) => onToggle(event.shiftKey)}
          aria-label={t("gallery.select", { prompt: card.prompt.slice(0, 60) || card.id })}
          className="absolute left-2 top-2 size-5 accent-accent"
          data-testid="gallery-select"
        />
      )}
      <div className="flex gap-3 px-3 pb-3 text-xs text-zinc-400">
        <Link href={`/studio/${card.mode}?from=${card.id}`} className="hover:text-zinc-100 hover:underline">
          {t("generation.remix")}
        </Link>
        {card.video && (
          <>
            <Link href={`/studio/extend?extend=${card.id}`} className="hover:text-zinc-100 hover:underline">
              {t("generation.extend")}
            </Link>
            <a href={`/api/assets/${card.video.id}?download`} download className="hover:text-zinc-100 hover:underline">
              {t("generation.download")}
            </a>
          </>
        )}
      </div>
      <FavouriteButton
        key={String(card.favourite)}
        generationId={card.id}
        initial={card.favourite}
        className="absolute right-2 top-2"
      />
    </div>
  );
}
