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
 * Linear in the text and stops as soon as the box is full: a prompt of megabytes costs no more to
 * lay out than one that just overflows.
 */
export function wrapText(text: string, maxColumns: number, maxLines: number): string {
  const lines: string[] = [];
  const full = () => lines.length > maxLines;
  for (const paragraph of normalizeText(text).split("\n")) {
    const line = new LineBuilder();
    for (const token of tokens(paragraph)) {
      if (line.columns + token.trimmedColumns <= maxColumns) {
        line.append(token.text, token.columns, token.columns - token.trimmedColumns);
        continue;
      }
      if (line.trimmed()) lines.push(line.trimmed());
      line.reset();
      if (full()) break;
      for (const char of token.text.trimStart()) {
        const width = isWide(char) ? 2 : 1;
        if (line.columns + width > maxColumns) {
          lines.push(line.text);
          line.reset();
          if (full()) break;
        }
        line.append(char, width, char === " " ? line.trailingSpaces + 1 : 0);
      }
      if (full()) break;
    }
    if (full()) break;
    lines.push(line.trimmed());
  }
  if (lines.length <= maxLines) return lines.join("\n");
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncateWithEllipsis(kept[maxLines - 1] ?? "", maxColumns);
  return kept.join("\n");
}

/** A line being filled, with its width kept alongside so nothing is measured twice. */
class LineBuilder {
  private parts: string[] = [];
  columns = 0;
  trailingSpaces = 0;

  append(text: string, columns: number, trailingSpaces: number) {
    this.parts.push(text);
    this.columns += columns;
    this.trailingSpaces = trailingSpaces;
  }

  get text(): string {
    return this.parts.join("");
  }

  trimmed(): string {
    return this.text.trimEnd();
  }

  reset() {
    this.parts = [];
    this.columns = 0;
    this.trailingSpaces = 0;
  }
}

type Token = { text: string; columns: number; trimmedColumns: number };

/**
 * Words with their trailing spaces, and single wide characters (CJK may break anywhere). Built from
 * indices, never by testing the end of a growing string (which would copy it each time).
 */
function* tokens(paragraph: string): Generator<Token> {
  let start = 0;
  let index = 0;
  let columnsSoFar = 0;
  let trailingSpaces = 0;
  let lastWasWide = false;
  for (const char of paragraph) {
    const wide = isWide(char);
    if (char !== " " && index > start && (trailingSpaces > 0 || lastWasWide || wide)) {
      yield {
        text: paragraph.slice(start, index),
        columns: columnsSoFar,
        trimmedColumns: columnsSoFar - trailingSpaces,
      };
      start = index;
      columnsSoFar = 0;
      trailingSpaces = 0;
    }
    index += char.length;
    columnsSoFar += wide ? 2 : 1;
    if (char === " ") trailingSpaces++;
    else {
      trailingSpaces = 0;
      lastWasWide = wide;
    }
  }
  if (index > start)
    yield { text: paragraph.slice(start, index), columns: columnsSoFar, trimmedColumns: columnsSoFar - trailingSpaces };
}

function truncateWithEllipsis(line: string, maxColumns: number): string {
  const chars = Array.from(line.trimEnd());
  let width = columns(chars.join(""));
  while (chars.length && width + 1 > maxColumns) width -= isWide(chars.pop()!) ? 2 : 1;
  return `${chars.join("").trimEnd()}…`;
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
