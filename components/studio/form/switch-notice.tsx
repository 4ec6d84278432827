"use client";

import { useTranslations } from "next-intl";
import type { DroppedSetting } from "./video-settings";

/** After a change of provider or model: what did not carry over, in one sentence each. */
export function SwitchNotice({
  provider,
  dropped,
  onDismiss,
}: {
  provider: string;
  dropped: DroppedSetting[];
  onDismiss: () => void;
}) {
  const t = useTranslations();
  const describe = (item: DroppedSetting): string => {
    switch (item.setting) {
      case "quality":
        return t("picker.dropped.quality", {
          provider,
          from: t(`settingsPanel.qualities.${item.from}`),
          to: t(`settingsPanel.qualities.${item.to}`),
        });
      case "split":
        return t("picker.dropped.split", {
          provider,
          from: t(`storyboard.splits.${item.from}`),
          to: t(`storyboard.splits.${item.to}`),
        });
      case "aspectRatio":
      case "duration":
      case "shots":
        return t(`picker.dropped.${item.setting}`, { provider, from: item.from, to: item.to });
      case "aspectRatioRemoved":
        return t("picker.dropped.aspectRatioRemoved", { provider, from: item.from });
      default:
        return t(`picker.dropped.${item.setting}`, { provider });
    }
  };
  return (
    <div
      role="status"
      className="rounded-lg border border-amber-500/40 bg-amber-950/30 p-4 text-sm"
      data-testid="switch-notice"
    >
      <div className="flex items-start justify-between gap-4">
        <div>
          <p className="font-medium text-amber-200">{t("picker.switchedTitle", { provider })}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-amber-100/90">
            {dropped.map((item) => (
              <li key={item.setting}>{describe(item)}</li>
            ))}
          </ul>
        </div>
        <button type="button" onClick={onDismiss} className="rounded px-2 py-1 text-amber-200 hover:bg-amber-900/40">
          {t("picker.dismiss")}
        </button>
      </div>
    </div>
  );
}
