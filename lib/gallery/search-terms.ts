/**
 * Prompt search for a team that writes in Chinese and English. Chinese has no spaces and its words
 * are mostly two characters, which a trigram index cannot look up (a two-character pattern has no
 * trigram, so pg_trgm falls back to scanning the whole index). So each generation stores its search
 * terms, indexed with GIN: every Han/kana/hangul character and every pair of neighbouring ones, and
 * every Latin word with its prefixes from two letters (so "fo" and "fox" both find "foxes"). A query
 * is made of the same terms; a generation matches when it holds all of them.
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const SEGMENT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[\p{L}\p{N}]+/gu;
const MAX_PREFIX = 12;
/** Beyond this many characters a text adds nothing useful to search (prompts are ≤ 2,500 at providers). */
const MAX_TEXT = 10_000;

export function searchTermsOfTexts(texts: readonly (string | undefined)[]): string[] {
  const terms = new Set<string>();
  for (const text of texts) {
    for (const [segment] of (text ?? "").slice(0, MAX_TEXT).normalize("NFKC").toLowerCase().matchAll(SEGMENT)) {
      if (CJK.test(segment)) addCjk(terms, [...segment]);
      else addWord(terms, segment);
    }
  }
  return [...terms];
}

function addCjk(terms: Set<string>, characters: string[]) {
  characters.forEach((character, index) => {
    terms.add(character);
    const next = characters[index + 1];
    if (next) terms.add(character + next);
  });
}

function addWord(terms: Set<string>, word: string) {
  const letters = [...word];
  if (letters.length === 1) return void terms.add(word);
  for (let length = 2; length <= Math.min(letters.length, MAX_PREFIX); length++)
    terms.add(letters.slice(0, length).join(""));
  terms.add(word);
}

/**
 * The terms a query must all match: Chinese runs as their neighbouring pairs (a single character
 * as itself), Latin words as typed, cut to the longest stored prefix.
 */
export function queryTerms(query: string): string[] {
  const terms = new Set<string>();
  for (const [segment] of query.slice(0, 200).normalize("NFKC").toLowerCase().matchAll(SEGMENT)) {
    if (CJK.test(segment)) {
      const characters = [...segment];
      if (characters.length === 1) terms.add(segment);
      for (let index = 0; index + 1 < characters.length; index++)
        terms.add(characters[index]! + characters[index + 1]!);
    } else {
      // One letter says too little to narrow anything; a long word is looked up by its longest stored prefix.
      const letters = [...segment];
      if (letters.length > 1) terms.add(letters.slice(0, MAX_PREFIX).join(""));
    }
  }
  return [...terms];
}
