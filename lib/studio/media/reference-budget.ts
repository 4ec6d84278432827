import type { ModeCapabilities } from "@/lib/providers";

// How many reference images and elements a mode still takes. Capability tables give the limit
// without a video (`elements.max` shared with "refer"); the tighter limit with a video (Kling: 7 → 4)
// is only in their notes, so the caller passes it. The provider's validator stays the authority.

export type ReferenceCounts = { images: number; elements: number; videos: number };

export type ReferenceBudget = {
  /** The limit on images + elements together, when the mode shares one. */
  shared?: { used: number; max: number };
  images: { used: number; max: number };
  elements: { used: number; max: number };
  videos: { used: number; max: number };
  canAddImage: boolean;
  canAddElement: boolean;
  canAddVideo: boolean;
};

export function referenceBudget(
  mode: Pick<ModeCapabilities, "media" | "elements">,
  counts: ReferenceCounts,
  referencesWithVideo?: number,
): ReferenceBudget {
  const imageMax = mode.media.refer?.max ?? 0;
  const videoMax = mode.media.feature?.max ?? mode.media.base?.max ?? 0;
  const elementMax = mode.elements?.max ?? 0;
  const sharedMax =
    mode.elements?.sharedWithRole === "refer"
      ? counts.videos > 0 && referencesWithVideo !== undefined
        ? Math.min(elementMax, referencesWithVideo)
        : elementMax
      : undefined;
  const sharedUsed = counts.images + counts.elements;
  const sharedRoom = sharedMax === undefined || sharedUsed < sharedMax;
  return {
    ...(sharedMax === undefined ? {} : { shared: { used: sharedUsed, max: sharedMax } }),
    images: { used: counts.images, max: imageMax },
    elements: { used: counts.elements, max: elementMax },
    videos: { used: counts.videos, max: videoMax },
    canAddImage: counts.images < imageMax && sharedRoom,
    canAddElement: counts.elements < elementMax && sharedRoom,
    // Adding a video tightens the shared limit; allowed anyway, the count then shows what is over.
    canAddVideo: counts.videos < videoMax,
  };
}

/** Whether any count is over its limit (e.g. after adding a video lowered the shared limit). */
export function overBudget(budget: ReferenceBudget): boolean {
  const over = ({ used, max }: { used: number; max: number }) => used > max;
  return (
    over(budget.images) || over(budget.elements) || over(budget.videos) || (budget.shared ? over(budget.shared) : false)
  );
}
