"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ElementRef } from "@/lib/providers";
import { errorsAt } from "@/lib/studio/media/media-list";
import { mentionToken, numberedToken, type ReferenceSyntax } from "@/lib/studio/media/prompt-tokens";
import { InputRow } from "./input-row";
import type { ElementOption, PathErrors } from "./types";

type ChosenElementsProps = {
  elements: ElementRef[];
  /** To show thumbnails and names of elements the request holds by id only. */
  options: readonly ElementOption[];
  syntax: ReferenceSyntax;
  errors: PathErrors;
  onRemove: (position: number) => void;
  onMove: (from: number, to: number) => void;
  /** Mentions only: the name the prompt uses changed. */
  onRename: (position: number, name: string) => void;
  onInsert: (token: string) => void;
  disabled?: boolean;
};

/** The request's elements in order, each with its `<<<element_N>>>` or `@name` token. */
export function ChosenElements({
  elements,
  options,
  syntax,
  errors,
  onRemove,
  onMove,
  onRename,
  onInsert,
  disabled,
}: ChosenElementsProps) {
  const t = useTranslations("media.elements");
  if (elements.length === 0) return null;
  return (
    <div>
      <p className="mb-1 text-sm font-medium text-zinc-200">{t("selected")}</p>
      <ol className="space-y-2">
        {elements.map((element, position) => {
          const option = options.find((candidate) => candidate.id === element.id);
          const name = element.name ?? option?.name ?? element.id;
          const token =
            syntax === "numbered"
              ? numberedToken("element", position + 1)
              : syntax === "mention"
                ? mentionToken(name)
                : undefined;
          return (
            <InputRow
              key={`${element.id}-${position}`}
              name={name}
              preview={
                option?.thumbnailUrl ? (
                  // eslint-disable-next-line @next/next/no-img-element
                  <img src={option.thumbnailUrl} alt="" className="size-12 rounded bg-zinc-900 object-cover" />
                ) : undefined
              }
              token={token}
              onInsert={token ? () => onInsert(token) : undefined}
              onMoveUp={position > 0 ? () => onMove(position, position - 1) : undefined}
              onMoveDown={position < elements.length - 1 ? () => onMove(position, position + 1) : undefined}
              onRemove={() => onRemove(position)}
              errors={errorsAt(errors, `elements[${position}]`)}
              disabled={disabled}
            >
              {syntax === "mention" && (
                <MentionName name={name} onRename={(next) => onRename(position, next)} disabled={disabled} />
              )}
            </InputRow>
          );
        })}
      </ol>
    </div>
  );
}

/** The element's name as the prompt mentions it; applied on blur or Enter so mentions follow whole names, not every keystroke. */
function MentionName({
  name,
  onRename,
  disabled,
}: {
  name: string;
  onRename: (name: string) => void;
  disabled?: boolean;
}) {
  const t = useTranslations("media.elements");
  const [draft, setDraft] = useState(name);
  const [shown, setShown] = useState(name);
  if (shown !== name) {
    // The name changed from outside (e.g. undo by the page): follow it.
    setShown(name);
    setDraft(name);
  }
  const commit = () => {
    const next = draft.trim();
    if (next && next !== name) onRename(next);
    else setDraft(name);
  };
  return (
    <input
      aria-label={t("rename", { name })}
      value={draft}
      disabled={disabled}
      // A mention ends at the first space, so names cannot hold one.
      onChange={(event) => setDraft(event.target.value.replace(/\s/g, "_"))}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === "Enter") {
          event.preventDefault();
          commit();
        }
      }}
      className="w-full max-w-xs rounded-md border border-zinc-700 bg-zinc-900 px-2 py-1 text-sm"
    />
  );
}
