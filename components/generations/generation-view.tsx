"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { ApiRequestError } from "@/lib/api-client";
import type { GenerationRequest } from "@/lib/providers";
import type { GenerationView as GenerationJson } from "@/lib/tasks/present";
import { EventTimeline } from "./event-timeline";
import { FailureNotice } from "./failure-notice";
import { RequestSummary } from "./request-summary";
import { StatusPanel } from "./status-panel";
import { useGeneration } from "./use-generation";
import { VideoResult } from "./video-result";
import { FavouriteButton } from "../gallery/favourite-button";
import { SharePanel } from "./share-panel";

const LINK = "rounded-md border border-zinc-700 px-3 py-1.5 text-sm hover:bg-zinc-900";

/** One generation followed live: progress, timeline, request, and the video or the error at the end. */
export function GenerationView({
  initial,
  favourite,
  canShare,
  lineage,
}: {
  initial: GenerationJson;
  /** Inputs and related generations, read once when the page opens. */
  lineage: ReactNode;
  favourite: boolean;
  /** Its creator or an admin: may make and revoke share links. */
  canShare: boolean;
}) {
  const t = useTranslations("generation");
  const { data: generation, error } = useGeneration(initial.id, initial);
  const gone = error instanceof ApiRequestError && error.status === 404;
  const media = generation.media as Record<string, { url: string } | undefined>;
  const video = generation.status === "succeeded" ? media.video : undefined;
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="min-w-0 space-y-6">
        {gone && (
          <p role="alert" className="rounded-lg bg-zinc-900 p-4 text-sm">
            {t("notFound")}
          </p>
        )}
        {error && !gone && (
          <p role="status" className="text-sm text-amber-300">
            {t("loadFailed", { message: error.message })}
          </p>
        )}
        <div className="flex items-start gap-3">
          <div className="min-w-0 flex-1">
            <StatusPanel generation={generation} />
          </div>
          <FavouriteButton generationId={generation.id} initial={favourite} />
        </div>
        {generation.error && <FailureNotice error={generation.error} />}
        {video && <VideoResult generationId={generation.id} video={video} poster={media.poster ?? media.cover} />}
        {generation.final && (
          <div className="flex flex-wrap gap-3">
            <Link href={`/studio/${generation.mode}?from=${generation.id}`} className={LINK}>
              {t("remix")}
            </Link>
            {video && (
              <Link href={`/studio/extend?extend=${generation.id}`} className={LINK}>
                {t("extend")}
              </Link>
            )}
          </div>
        )}
      </div>
      <aside className="space-y-8">
        {video && canShare && <SharePanel generationId={generation.id} />}
        {lineage}
        <EventTimeline events={generation.events} error={generation.error} />
        <RequestSummary request={generation.request as Partial<GenerationRequest>} />
      </aside>
    </div>
  );
}
