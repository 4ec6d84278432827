/**
 * A downloaded video's file name from what a person remembers of it: the prompt's first words and
 * when it was made (`red-fox-runs-snow-2026-12-01-1725.mp4`), never an internal id.
 */
export function videoFileName(prompt: string, createdAt: Date, extension = "mp4"): string {
  const words = prompt
    .normalize("NFKC")
    .toLowerCase()
    .match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[\p{L}\p{N}]+/gu);
  let slug = "";
  for (const word of words ?? []) {
    const next = slug ? `${slug}-${word}` : word;
    if ([...next].length > 40) {
      if (!slug) slug = [...word].slice(0, 40).join("");
      break;
    }
    slug = next;
  }
  const stamp = createdAt.toISOString().slice(0, 16).replace("T", "-").replace(":", "");
  return `${slug || "generation"}-${stamp}.${extension}`;
}

/** Names made unique within one archive: a second "fox-….mp4" becomes "fox-…-2.mp4". */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : name.replace(/(\.[^.]+)?$/, (extension) => `-${count}${extension}`);
  });
}
