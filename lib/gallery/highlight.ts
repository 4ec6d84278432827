import { queryTerms } from "./search-terms";

export type TextPart = { text: string; match: boolean };

/**
 * A prompt cut into parts, those the search matched marked, for the card to highlight: each search
 * term found anywhere in the text (a Latin term at a word's start, a Chinese one anywhere).
 */
export function highlightParts(text: string, query: string | undefined): TextPart[] {
  const terms = query ? queryTerms(query) : [];
  if (!terms.length || !text) return [{ text, match: false }];
  const escaped = terms.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(
    `(${escaped.map((term) => (/^[a-z0-9]/i.test(term) ? `\\b${term}` : term)).join("|")})`,
    "giu",
  );
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), match: false });
    parts.push({ text: match[0], match: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
