"use client";

import { useTranslations } from "next-intl";
import type { ElementRef, MediaItem, Voice } from "@/lib/providers";
import {
  mediaTokens,
  mentionToken,
  numberedToken,
  referenceSyntaxOf,
  type PromptTokenOption,
} from "@/lib/studio/media/prompt-tokens";

type Inputs = { media?: readonly MediaItem[]; elements?: readonly ElementRef[]; voices?: readonly Voice[] };

/**
 * The inputs a prompt can point at, each with its token in the model's syntax and the name the
 * form shows it by ("Image 2", "Video to edit", an element's name), for the "@" list and the chips.
 */
export function usePromptTokenOptions(
  { media = [], elements = [], voices = [] }: Inputs,
  promptReferenceSyntax: string | undefined,
): PromptTokenOption[] {
  const t = useTranslations();
  const syntax = referenceSyntaxOf(promptReferenceSyntax);
  // Voices are always numbered (the Kling gateway's <<<voice_N>>>), whatever the model calls its images.
  const fromVoices = voices.map((_, index) => ({
    token: numberedToken("voice", index + 1),
    name: t("prompt.voiceName", { n: index + 1 }),
  }));
  if (syntax === "none") return fromVoices;
  if (syntax === "mention") {
    const mentions = elements.flatMap((element) =>
      element.name ? [{ token: mentionToken(element.name), name: element.name }] : [],
    );
    return [...mentions, ...fromVoices];
  }
  const tokens = mediaTokens(media);
  const fromMedia = media.flatMap((item, index) => {
    const token = tokens[index];
    if (!token) return [];
    const n = Number(/_(\d+)>>>$/.exec(token)?.[1]);
    return [
      { token, name: item.role === "refer" ? t("media.reference.imageName", { n }) : t(`media.roles.${item.role}`) },
    ];
  });
  const fromElements = elements.map((element, index) => ({
    token: numberedToken("element", index + 1),
    name: element.name ?? t("prompt.elementName", { n: index + 1 }),
  }));
  return [...fromMedia, ...fromElements, ...fromVoices];
}
