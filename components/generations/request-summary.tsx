"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { GenerationRequest } from "@/lib/providers";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-zinc-400">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </>
  );
}

/** What was asked for, as stored (the canonical request). */
export function RequestSummary({ request }: { request: Partial<GenerationRequest> }) {
  const t = useTranslations();
  const yesNo = (value: boolean | undefined) =>
    value === undefined ? undefined : value ? t("generation.yes") : t("generation.no");
  const camera = request.cameraControl;
  const movingAxis = camera?.config && Object.entries(camera.config).find(([, value]) => value !== 0);
  const rows: [string, ReactNode][] = [
    [t("generation.mode"), request.mode && t(`modes.${request.mode}.title`)],
    [t("generation.provider"), request.provider],
    [t("generation.model"), request.model],
    [t("generation.prompt"), request.prompt && <span className="whitespace-pre-wrap">{request.prompt}</span>],
    [t("generation.negativePrompt"), request.negativePrompt],
    [t("generation.aspectRatio"), request.aspectRatio],
    [
      t("generation.duration"),
      request.duration !== undefined && t("settingsPanel.seconds", { count: request.duration }),
    ],
    [t("generation.quality"), request.quality && t(`settingsPanel.qualities.${request.quality}`)],
    [t("generation.audio"), yesNo(request.audio)],
    [t("generation.watermark"), yesNo(request.watermark)],
    [
      t("generation.camera"),
      camera && `${t(`camera.moves.${camera.type}`)}${movingAxis ? ` (${movingAxis[0]} ${movingAxis[1]})` : ""}`,
    ],
    [t("generation.split"), request.storyboard?.multiShot && t(`storyboard.splits.${request.storyboard.split}`)],
  ];
  const shots = request.storyboard?.shots ?? [];
  return (
    <section aria-labelledby="request-title">
      <h2 id="request-title" className="mb-3 font-medium">
        {t("generation.request")}
      </h2>
      <dl className="grid grid-cols-[8rem_minmax(0,1fr)] gap-x-3 gap-y-1.5 text-sm" data-testid="request-summary">
        {rows
          .filter(([, value]) => value !== undefined && value !== false && value !== "")
          .map(([label, value]) => (
            <Row key={label} label={label}>
              {value}
            </Row>
          ))}
        {shots.length > 0 && (
          <Row label={t("generation.shots")}>
            <ol className="space-y-1">
              {shots.map((shot, index) => (
                <li key={index} data-testid="summary-shot">
                  {t("generation.shotLine", { number: index + 1, seconds: shot.duration, prompt: shot.prompt })}
                </li>
              ))}
            </ol>
          </Row>
        )}
      </dl>
    </section>
  );
}
