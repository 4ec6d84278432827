"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

type Media = { url: string } | undefined;

/**
 * The finished video: player with seeking and loop, download, and a link to copy: the generation's
 * page, which a teammate can open (a file's own address is private and says nothing about it).
 */
export function VideoResult({
  generationId,
  video,
  poster,
}: {
  generationId: string;
  video: NonNullable<Media>;
  poster: Media;
}) {
  const t = useTranslations("generation");
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");
  const pagePath = `/generations/${generationId}`;
  const [absoluteUrl, setAbsoluteUrl] = useState(pagePath);

  async function copyLink() {
    const url = new URL(pagePath, window.location.origin).toString();
    setAbsoluteUrl(url);
    try {
      await navigator.clipboard.writeText(url);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  }

  return (
    <section className="space-y-3">
      <video
        src={video.url}
        poster={poster?.url}
        controls
        loop
        playsInline
        preload="metadata"
        aria-label={t("player")}
        data-testid="generation-video"
        className="aspect-video w-full rounded-xl bg-black"
      />
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <a
          href={`${video.url}?download`}
          download
          className="rounded-md border border-zinc-700 px-3 py-1.5 hover:bg-zinc-900"
        >
          {t("download")}
        </a>
        <button
          type="button"
          onClick={copyLink}
          className="rounded-md border border-zinc-700 px-3 py-1.5 hover:bg-zinc-900"
        >
          {t("copyLink")}
        </button>
        <span role="status" className="text-zinc-400">
          {copy === "copied" ? t("copied") : copy === "failed" ? t("copyFailed", { url: absoluteUrl }) : ""}
        </span>
      </div>
    </section>
  );
}
