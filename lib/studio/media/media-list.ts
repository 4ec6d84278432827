import type { MediaItem, MediaRole } from "@/lib/providers";

// The request has one `media` array shared by every editor of a mode, and violations and
// motion-brush masks point into it by index: editors change only the items of their roles and keep
// every other item where it is.

export type IndexedItem = { item: MediaItem; index: number };

/** Items of one role, in media order, with their index in the whole array. */
export function withRole(media: readonly MediaItem[], role: MediaRole): IndexedItem[] {
  return media.flatMap((item, index) => (item.role === role ? [{ item, index }] : []));
}

export function firstWithRole(media: readonly MediaItem[], role: MediaRole): IndexedItem | undefined {
  return withRole(media, role)[0];
}

/** Puts `item` in the place of the role's first item (or appends it); `undefined` removes that item. */
export function setSingle(media: readonly MediaItem[], role: MediaRole, item: MediaItem | undefined): MediaItem[] {
  const current = firstWithRole(media, role);
  if (!current) return item ? [...media, item] : [...media];
  return item
    ? media.map((existing, index) => (index === current.index ? item : existing))
    : media.filter((_, index) => index !== current.index);
}

/** Replaces the items of one role with `items`, filling their old places first so others keep their positions. */
export function replaceRole(media: readonly MediaItem[], role: MediaRole, items: readonly MediaItem[]): MediaItem[] {
  const queue = [...items];
  const kept = media.flatMap((item) => {
    if (item.role !== role) return [item];
    const next = queue.shift();
    return next ? [next] : [];
  });
  return [...kept, ...queue];
}

/** Moves an item of a role up or down among the items of that role. */
export function moveWithinRole(media: readonly MediaItem[], role: MediaRole, from: number, to: number): MediaItem[] {
  const items = withRole(media, role).map(({ item }) => item);
  if (from < 0 || to < 0 || from >= items.length || to >= items.length) return [...media];
  const [moved] = items.splice(from, 1);
  items.splice(to, 0, moved!);
  return replaceRole(media, role, items);
}

/** Swaps the first and last frames (or moves the one present into the other role). */
export function swapFrames(media: readonly MediaItem[]): MediaItem[] {
  return media.map((item) => {
    if (item.role === "first_frame") return { ...item, role: "last_frame" };
    if (item.role === "last_frame") return { ...item, role: "first_frame" };
    return item;
  });
}

/**
 * Errors for one item, keyed by canonical paths: "media[2].url", "media.2.metadata.width" and
 * "media[2]" all belong to item 2. Both bracket and dotted forms are accepted because the shell
 * normalises paths (components/studio/form/field-errors.ts) and adapters do not.
 */
export function errorsAt(errors: Readonly<Record<string, string>>, prefix: string): string[] {
  const wanted = normalizePath(prefix);
  return Object.entries(errors).flatMap(([path, message]) => {
    const normal = normalizePath(path);
    return normal === wanted || normal.startsWith(`${wanted}.`) ? [message] : [];
  });
}

/**
 * Where a "this mode needs a …" violation is filed for the editors: under its role, so the message
 * shows beside the upload box it asks to fill rather than once for the whole list.
 */
export function missingMediaPath(role: MediaRole): string {
  return `media:${role}`;
}

/** Errors for one upload box: its item's when it holds one, else the message that it is missing. */
export function uploadErrors(
  errors: Readonly<Record<string, string>>,
  role: MediaRole,
  found: { index: number } | undefined,
): string[] {
  return found ? errorsAt(errors, `media[${found.index}]`) : errorsExactly(errors, missingMediaPath(role));
}

/** Errors whose path is exactly `path` (e.g. "media" for "needs a first frame", not the items'). */
export function errorsExactly(errors: Readonly<Record<string, string>>, path: string): string[] {
  const wanted = normalizePath(path);
  return Object.entries(errors).flatMap(([key, message]) => (normalizePath(key) === wanted ? [message] : []));
}

function normalizePath(path: string): string {
  return path.replace(/\[(\d+)\]/g, ".$1").replace(/^\./, "");
}
