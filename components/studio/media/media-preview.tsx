"use client";

import { useTranslations } from "next-intl";
import type { MediaKind, MediaMetadata } from "@/lib/providers";

/** A small thumbnail of an image or video with its size (and duration) underneath. */
export function MediaPreview({
  kind,
  src,
  alt,
  metadata,
}: {
  kind: MediaKind;
  src: string;
  alt: string;
  metadata?: MediaMetadata;
}) {
  const t = useTranslations("media.upload");
  const size = metadata?.width && metadata.height ? { width: metadata.width, height: metadata.height } : undefined;
  return (
    <figure className="w-28 shrink-0">
      {kind === "image" ? (
        // Uploads are served by the authenticated assets route; next/image would fetch them without the session.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={src} alt={alt} className="h-20 w-28 rounded bg-zinc-900 object-contain" />
      ) : (
        <video
          src={src}
          aria-label={alt}
          muted
          preload="metadata"
          className="h-20 w-28 rounded bg-zinc-900 object-contain"
        />
      )}
      {size && (
        <figcaption className="mt-0.5 text-xs tabular-nums text-zinc-500">
          {metadata?.durationSeconds === undefined
            ? t("imageDetails", size)
            : t("videoDetails", { ...size, seconds: Math.round(metadata.durationSeconds * 10) / 10 })}
        </figcaption>
      )}
    </figure>
  );
}
