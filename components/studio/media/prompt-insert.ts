"use client";

import type { RefObject } from "react";
import { insertToken } from "@/lib/studio/media/prompt-tokens";

/** The prompt's textarea, owned by the mode page; editors insert tokens at its caret. */
export type PromptInputRef = RefObject<HTMLTextAreaElement | null>;

/**
 * Inserts a token at the prompt's caret (or at the end when the editor has no textarea to read),
 * then puts focus and the caret back after the token once the new prompt is rendered.
 */
export function insertIntoPrompt(
  prompt: string,
  token: string,
  promptInput: PromptInputRef | undefined,
  write: (prompt: string) => void,
  { focus = true }: { focus?: boolean } = {},
) {
  const textarea = promptInput?.current;
  const selection =
    textarea && textarea.value === prompt ? { start: textarea.selectionStart, end: textarea.selectionEnd } : undefined;
  const next = insertToken(prompt, token, selection);
  write(next.prompt);
  if (!textarea || !focus) return;
  requestAnimationFrame(() => {
    textarea.focus();
    textarea.setSelectionRange(next.caret, next.caret);
  });
}
