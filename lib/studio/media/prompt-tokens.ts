import type { ElementRef, Voice } from "@/lib/providers";
import type { MediaItem, MediaRole } from "@/lib/providers";

// Prompts point at inputs in one of two ways (capabilities.promptReferenceSyntax):
// - numbered tokens, `<<<image_N>>>`, `<<<element_N>>>`, `<<<video_N>>>`, `<<<voice_N>>>`, N counting
//   from 1 within each kind in list order, so removing or reordering inputs must renumber the prompt;
// - mentions, `@name`, which follow an element's name instead.

export type TokenKind = "image" | "element" | "video" | "voice";
export type ReferenceSyntax = "numbered" | "mention" | "none";

/** Which syntax a model's `promptReferenceSyntax` description stands for. */
export function referenceSyntaxOf(description: string | undefined): ReferenceSyntax {
  if (!description) return "none";
  if (description.trimStart().startsWith("@")) return "mention";
  return description.includes("<<<") ? "numbered" : "none";
}

/**
 * Media roles that count as `image` or `video` tokens. Frames, characters and masks are sent apart from
 * the reference lists (e.g. the Kling gateway's first_frame_url vs reference_images), so only
 * reference images and input videos are numbered.
 */
export const MEDIA_TOKEN_KIND: Partial<Record<MediaRole, TokenKind>> = {
  refer: "image",
  feature: "video",
  base: "video",
};

export const numberedToken = (kind: TokenKind, n: number) => `<<<${kind}_${n}>>>`;
export const mentionToken = (name: string) => `@${name}`;

/** The token of each media item (by index in `media`), or undefined for roles prompts cannot reference. */
export function mediaTokens(media: readonly MediaItem[]): (string | undefined)[] {
  const counts: Partial<Record<TokenKind, number>> = {};
  return media.map((item) => {
    const kind = MEDIA_TOKEN_KIND[item.role];
    if (!kind) return undefined;
    counts[kind] = (counts[kind] ?? 0) + 1;
    return numberedToken(kind, counts[kind]);
  });
}

/** Old number → new number, or null when that input is gone. Numbers absent from the map are left alone. */
export type Renumbering = Map<number, number | null>;

/**
 * How numbers move when a list of one kind changes, matching inputs by key. Repeated keys (the same
 * file twice) are told apart by occurrence: they show the same thing, so either reading is right.
 */
export function numberingChange(before: readonly string[], after: readonly string[]): Renumbering {
  const occurrenceKeys = (keys: readonly string[]) => {
    const seen = new Map<string, number>();
    return keys.map((key) => {
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      return `${key}#${n}`;
    });
  };
  const afterKeys = occurrenceKeys(after);
  const change: Renumbering = new Map();
  occurrenceKeys(before).forEach((key, index) => {
    const position = afterKeys.indexOf(key);
    change.set(index + 1, position === -1 ? null : position + 1);
  });
  return change;
}

const TOKEN = /<<<(image|element|video|voice)_(\d+)>>>/g;
const REMOVED = "\u0000";

/** Applies renumberings to every numbered token at once (so swaps work), dropping tokens of removed inputs. */
export function renumberTokens(prompt: string, changes: Partial<Record<TokenKind, Renumbering>>): string {
  const renumbered = prompt.replace(TOKEN, (token, kind: TokenKind, digits: string) => {
    const next = changes[kind]?.get(Number(digits));
    if (next === undefined) return token;
    return next === null ? REMOVED : numberedToken(kind, next);
  });
  return tidyRemoved(renumbered);
}

/** Removed tokens take one neighbouring space with them: "a <<<image_1>>> b" → "a b". */
function tidyRemoved(text: string): string {
  return text.replace(/ ?\u0000+ ?/g, (match) =>
    match.startsWith(" ") && match.endsWith(" ") && match.length > 2 ? " " : "",
  );
}

const mediaKeys = (media: readonly MediaItem[], kind: TokenKind) =>
  media.filter((item) => MEDIA_TOKEN_KIND[item.role] === kind).map((item) => item.url);

/** The prompt after media, elements or voices changed: tokens follow their inputs to their new numbers. */
export function followInputs(
  prompt: string,
  before: { media?: readonly MediaItem[]; elements?: readonly ElementRef[]; voices?: readonly Voice[] },
  after: { media?: readonly MediaItem[]; elements?: readonly ElementRef[]; voices?: readonly Voice[] },
): string {
  const changes: Partial<Record<TokenKind, Renumbering>> = {};
  if (before.media && after.media) {
    changes.image = numberingChange(mediaKeys(before.media, "image"), mediaKeys(after.media, "image"));
    changes.video = numberingChange(mediaKeys(before.media, "video"), mediaKeys(after.media, "video"));
  }
  if (before.elements && after.elements) {
    changes.element = numberingChange(
      before.elements.map((element) => element.id),
      after.elements.map((element) => element.id),
    );
  }
  if (before.voices && after.voices) {
    changes.voice = numberingChange(
      before.voices.map((voice) => voice.voiceId),
      after.voices.map((voice) => voice.voiceId),
    );
  }
  return renumberTokens(prompt, changes);
}

/** Where the caret is in the prompt; without one, tokens go at the end. */
export type Selection = { start: number; end: number };

/**
 * Inserts a token in place of the selection. Mentions get spaces around them: a name runs until the
 * next space, so "@dog" typed against other text would change the name.
 */
export function insertToken(prompt: string, token: string, selection?: Selection): { prompt: string; caret: number } {
  const start = Math.max(0, Math.min(selection?.start ?? prompt.length, prompt.length));
  const end = Math.max(start, Math.min(selection?.end ?? start, prompt.length));
  const before = prompt.slice(0, start);
  const after = prompt.slice(end);
  const mention = token.startsWith("@");
  const lead = mention && before && !/\s$/.test(before) ? " " : "";
  const trail = mention && !/^\s/.test(after) ? " " : "";
  const inserted = `${lead}${token}${trail}`;
  return { prompt: `${before}${inserted}${after}`, caret: before.length + inserted.length };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A mention ends where ASCII name characters stop, so "@dog" does not match "@dogs" but does match "@dog跑". */
const mentionPattern = (name: string) => new RegExp(`@${escape(name)}(?![A-Za-z0-9_-])`, "g");

/** Follows an element's rename in the prompt's mentions. */
export function renameMentions(prompt: string, oldName: string, newName: string): string {
  if (!oldName || oldName === newName) return prompt;
  return prompt.replace(mentionPattern(oldName), () => mentionToken(newName));
}

/** Drops the mentions of an element no longer in the request. */
export function removeMentions(prompt: string, name: string): string {
  if (!name) return prompt;
  return tidyRemoved(prompt.replace(mentionPattern(name), REMOVED));
}

/** An input the prompt can point at, as the creator sees it. */
export type PromptTokenOption = { token: string; name: string };

const TOKEN_PATTERN = /<<<(?:image|element|video|voice)_\d+>>>|@[^\s@]+/g;

/**
 * The tokens a prompt uses, in order of first use, each with its input's name, or `name: null`
 * when no input answers to it any more (a dangling token the provider would refuse or ignore).
 * Only mentions that are offered count: "@" alone is just text.
 */
export function tokensInPrompt(
  prompt: string,
  options: readonly PromptTokenOption[],
): { token: string; name: string | null }[] {
  const seen = new Set<string>();
  const used: { token: string; name: string | null }[] = [];
  for (const [token] of prompt.matchAll(TOKEN_PATTERN)) {
    if (seen.has(token)) continue;
    seen.add(token);
    const option = options.find((candidate) => candidate.token === token);
    if (option || token.startsWith("<<<")) used.push({ token, name: option?.name ?? null });
  }
  return used;
}

/** The prompt without a token (every use), and without the space it leaves doubled. */
export function removeToken(prompt: string, token: string): string {
  return prompt.split(token).join("").replace(/ {2,}/g, " ").trim();
}

/**
 * The "@…" being typed just before the caret, if any: where it starts and what follows the @.
 * An @ inside a word (an e-mail address) does not count.
 */
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)@([^\s@<>]*)$/.exec(before);
  if (!match) return null;
  return { start: caret - match[2]!.length - 1, query: match[2]! };
}
