"use client";

import type { MediaItem } from "@/lib/providers";

/**
 * A video item's "keep original sound" switch. Always written explicitly: providers' defaults differ
 * (Kling motion control keeps the sound unless told "no", omni edit drops it), and the box shows `defaultOn` until then.
 */
export function KeepSoundToggle({
  item,
  onChange,
  label,
  defaultOn = false,
  disabled,
}: {
  item: MediaItem;
  onChange: (item: MediaItem) => void;
  label: string;
  defaultOn?: boolean;
  disabled?: boolean;
}) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input
        type="checkbox"
        checked={item.keepOriginalSound ?? defaultOn}
        disabled={disabled}
        onChange={(event) => onChange({ ...item, keepOriginalSound: event.target.checked })}
        className="size-4 accent-(--color-accent)"
      />
      {label}
    </label>
  );
}
