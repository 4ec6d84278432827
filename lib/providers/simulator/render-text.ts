/**
 * Plain-text layout for the simulator's drawtext overlays. drawtext neither wraps nor knows the
 * glyph widths up front, so lines are broken here using an estimate: East Asian wide characters
 * count as two columns, everything else as one.
 */

/** Approximate advance of one column, as a fraction of the font size (DejaVu/Geist average). */
export const COLUMN_WIDTH_EM = 0.6;

const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], // Hangul Jamo
  [0x2e80, 0xa4cf], // CJK radicals … Yi, incl. kana and unified ideographs
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // full-width forms
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f], // emoji
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd], // CJK extension planes
];

function isWide(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return WIDE_RANGES.some(([from, to]) => code >= from && code <= to);
}

function columns(text: string): number {
  let total = 0;
  for (const char of text) total += isWide(char) ? 2 : 1;
  return total;
}

/** Removes control characters (except newlines) and trims; CRLF and tabs become plain separators. */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, " ")
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, "")
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * Greedy word wrap to `maxColumns`, breaking between words for spaced scripts and between any
 * two characters for CJK; over-long words are split. More than `maxLines` lines are cut with "…".
 */
export function wrapText(text: string, maxColumns: number, maxLines: number): string {
  const lines: string[] = [];
  for (const paragraph of normalizeText(text).split("\n")) {
    let line = "";
    for (const token of tokenize(paragraph)) {
      if (columns((line + token).trimEnd()) <= maxColumns) {
        line += token;
        continue;
      }
      if (line.trim()) lines.push(line.trimEnd());
      line = "";
      for (const char of token.trimStart()) {
        if (columns(line + char) > maxColumns) {
          lines.push(line);
          line = "";
        }
        line += char;
      }
    }
    lines.push(line.trimEnd());
  }
  if (lines.length <= maxLines) return lines.join("\n");
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncateWithEllipsis(kept[maxLines - 1] ?? "", maxColumns);
  return kept.join("\n");
}

/** Words with their trailing spaces, and single wide characters (CJK may break anywhere). */
function tokenize(paragraph: string): string[] {
  const tokens: string[] = [];
  let current = "";
  let lastWasWide = false;
  for (const char of paragraph) {
    const wide = isWide(char);
    if (char !== " " && current && (current.endsWith(" ") || lastWasWide || wide)) {
      tokens.push(current);
      current = "";
    }
    current += char;
    if (char !== " ") lastWasWide = wide;
  }
  if (current) tokens.push(current);
  return tokens;
}

function truncateWithEllipsis(line: string, maxColumns: number): string {
  let kept = line.trimEnd();
  while (kept && columns(kept) + 1 > maxColumns) kept = Array.from(kept).slice(0, -1).join("");
  return `${kept.trimEnd()}…`;
}

/** Columns and lines that fit a text box of the given pixel size at `fontSize`. */
export function textCapacity(
  boxWidth: number,
  boxHeight: number,
  fontSize: number,
  lineSpacing: number,
): { maxColumns: number; maxLines: number } {
  return {
    maxColumns: Math.max(8, Math.floor(boxWidth / (fontSize * COLUMN_WIDTH_EM))),
    maxLines: Math.max(1, Math.floor((boxHeight + lineSpacing) / (fontSize + lineSpacing))),
  };
}
