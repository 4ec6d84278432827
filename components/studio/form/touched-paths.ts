import { useState } from "react";

// Which parts of the request the creator has changed, so a field's problems show once they have
// touched it (or tried to generate) and never on a field they have not reached yet.

type Tree = Record<string, unknown>;

function isTree(value: unknown): value is Tree {
  return typeof value === "object" && value !== null;
}

/** A value that arrives on its own when something else is chosen (a zero axis, an empty shot prompt). */
function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === "" || value === 0 || value === false;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** The leaves of a value that appeared where there was none, leaving out the blank ones that came with it. */
function setLeaves(value: unknown, path: string): string[] {
  if (!isTree(value)) return isBlank(value) ? [] : [path];
  return Object.entries(value).flatMap(([key, child]) => setLeaves(child, join(path, key)));
}

/**
 * The paths ("storyboard.shots.1.duration", "cameraControl.type") where `after` differs from
 * `before`. A part that appears (a camera move chosen, a shot added) counts by what the creator
 * set in it, not by the zeros and empty strings it starts with.
 */
export function changedPaths(before: unknown, after: unknown, path = ""): string[] {
  if (Object.is(before, after)) return [];
  if (isTree(before) && isTree(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].flatMap((key) => changedPaths(before[key], after[key], join(path, key)));
  }
  return before === undefined ? setLeaves(after, path) : [path];
}

function normalize(path: string): string {
  return path.replace(/\[(\d+)\]/g, ".$1").replace(/^\./, "");
}

/** Whether a violation at `path` concerns something the creator changed: the same part, above or below it. */
export function concernsTouched(path: string, touched: ReadonlySet<string>): boolean {
  const own = normalize(path);
  if (!own) return false;
  for (const changed of touched) {
    if (changed === own || changed.startsWith(`${own}.`) || own.startsWith(`${changed}.`)) return true;
  }
  return false;
}

/** Accumulates what the creator has changed in the request since the form opened. */
export function useTouchedPaths(request: unknown): ReadonlySet<string> {
  const [seen, setSeen] = useState<{ request: unknown; touched: ReadonlySet<string> }>(() => ({
    request,
    touched: new Set(),
  }));
  if (seen.request !== request) {
    // Derived during render (React's pattern for state that follows a prop): no extra pass shows stale errors.
    const touched = new Set([...seen.touched, ...changedPaths(seen.request, request)]);
    setSeen({ request, touched });
    return touched;
  }
  return seen.touched;
}
