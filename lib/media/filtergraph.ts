/**
 * Helpers for writing ffmpeg filtergraphs. A value inside a graph is unescaped twice: once when
 * the graph is split into filters, once when a filter's "key=value:key=value" list is split.
 * See "Notes on filtergraph escaping" in the ffmpeg-filters manual.
 */

/** Escapes an arbitrary string (file path, expression, text) for use as a filter option value. */
export function escapeFilterValue(value: string): string {
  const optionLevel = value.replace(/[\\':]/g, "\\$&");
  return optionLevel.replace(/[\\'[\],;]/g, "\\$&");
}

export type FilterOptions = Record<string, string | number | undefined>;

/** `drawtext`, {x: 1, text: "a:b"} -> `drawtext=x=1:text=a\\:b` (undefined options are left out). */
export function filter(name: string, options: FilterOptions = {}): string {
  const pairs = Object.entries(options)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeFilterValue(String(value))}`);
  return pairs.length ? `${name}=${pairs.join(":")}` : name;
}
