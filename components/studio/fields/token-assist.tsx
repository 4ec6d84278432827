"use client";

import { useTranslations } from "next-intl";
import { useState, type KeyboardEvent } from "react";
import { mentionAt, removeToken, tokensInPrompt, type PromptTokenOption } from "@/lib/studio/media/prompt-tokens";
import { PromptField, type PromptFieldProps } from "./prompt-field";

type Mention = { start: number; query: string; active: number };

/**
 * Typing "@" in a prompt offers the inputs it can point at, by name; picking one writes its token
 * (`<<<image_2>>>` or `@name`) in place of what was typed. Arrow keys move, Enter or Tab picks,
 * Escape closes: the textarea keeps focus throughout (a combobox with a list).
 */
export function useMentionMenu(
  id: string,
  options: readonly PromptTokenOption[],
  value: string,
  onChange: (value: string) => void,
) {
  const [mention, setMention] = useState<Mention | null>(null);
  const matches = mention
    ? options.filter(({ name, token }) => `${name} ${token}`.toLowerCase().includes(mention.query.toLowerCase()))
    : [];
  const open = Boolean(mention) && matches.length > 0;

  const follow = (text: string, caret: number) => {
    const found = options.length ? mentionAt(text, caret) : null;
    setMention(found && { ...found, active: 0 });
  };
  const pick = (option: PromptTokenOption, textarea: HTMLTextAreaElement | null) => {
    if (!mention) return;
    const end = mention.start + 1 + mention.query.length;
    const next = `${value.slice(0, mention.start)}${option.token} ${value.slice(end)}`;
    const caret = mention.start + option.token.length + 1;
    setMention(null);
    onChange(next);
    requestAnimationFrame(() => textarea?.setSelectionRange(caret, caret));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open || !mention) return;
    const move = (step: number) =>
      setMention({ ...mention, active: (mention.active + step + matches.length) % matches.length });
    if (event.key === "ArrowDown") move(1);
    else if (event.key === "ArrowUp") move(-1);
    else if (event.key === "Enter" || event.key === "Tab") pick(matches[mention.active]!, event.currentTarget);
    else if (event.key === "Escape") setMention(null);
    else return;
    event.preventDefault();
  };
  const listId = `${id}-mentions`;
  return {
    follow,
    onKeyDown,
    close: () => setMention(null),
    /** Props for the textarea: it stays the focused control while the list is open. */
    comboboxProps: options.length
      ? {
          role: "combobox" as const,
          "aria-autocomplete": "list" as const,
          "aria-expanded": open,
          "aria-controls": listId,
          "aria-activedescendant": open ? `${listId}-${mention!.active}` : undefined,
        }
      : {},
    menu: open ? { listId, matches, active: mention!.active, pick } : null,
  };
}

/** The list under the prompt while an "@" is being typed. */
export function MentionList({
  menu,
  textarea,
}: {
  menu: NonNullable<ReturnType<typeof useMentionMenu>["menu"]>;
  textarea: () => HTMLTextAreaElement | null;
}) {
  return (
    <ul
      id={menu.listId}
      role="listbox"
      className="mt-1 max-h-48 overflow-auto rounded-md border border-zinc-700 bg-zinc-900 py-1 text-sm shadow-lg"
    >
      {menu.matches.map((option, index) => (
        <li
          key={option.token}
          id={`${menu.listId}-${index}`}
          role="option"
          aria-selected={index === menu.active}
          // Mouse down, not click: the textarea must not lose focus (and its caret) first.
          onMouseDown={(event) => {
            event.preventDefault();
            menu.pick(option, textarea());
          }}
          className={`flex cursor-pointer justify-between gap-3 px-3 py-1.5 ${index === menu.active ? "bg-accent/20 text-white" : "text-zinc-300"}`}
        >
          <span>{option.name}</span>
          <code className="text-xs text-zinc-500">{option.token}</code>
        </li>
      ))}
    </ul>
  );
}

/** The inputs a prompt points at, by name; a token nothing answers to any more is flagged. */
export function TokenChips({
  value,
  options,
  onChange,
}: {
  value: string;
  options: readonly PromptTokenOption[];
  onChange: (value: string) => void;
}) {
  const t = useTranslations("prompt");
  const used = tokensInPrompt(value, options);
  if (used.length === 0) return null;
  return (
    <ul aria-label={t("tokensUsed")} className="mt-2 flex flex-wrap gap-1.5" data-testid="prompt-tokens">
      {used.map(({ token, name }) => (
        <li
          key={token}
          title={token}
          className={`inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs ${name ? "bg-zinc-800 text-zinc-200" : "bg-red-950 text-red-300"}`}
        >
          {name ?? t("unknownToken", { token })}
          <button
            type="button"
            onClick={() => onChange(removeToken(value, token))}
            aria-label={t("removeToken", { name: name ?? token })}
            className="rounded-full px-1 text-zinc-400 hover:text-white"
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * A prompt that points at inputs: "@" offers them, chips name the ones used. Apart from the plain
 * PromptField so modes without inputs (text, storyboard) do not load it.
 */
export function PromptWithTokens({
  tokens = [],
  ...props
}: PromptFieldProps & { tokens?: readonly PromptTokenOption[] }) {
  const id = `field-${props.fieldKey.replace(/[^a-zA-Z0-9]+/g, "-")}`;
  const mentions = useMentionMenu(id, tokens, props.value, props.onChange);
  return (
    <PromptField
      {...props}
      onInput={mentions.follow}
      inputProps={{ onKeyDown: mentions.onKeyDown, onBlur: mentions.close, ...mentions.comboboxProps }}
    >
      {mentions.menu && (
        <MentionList menu={mentions.menu} textarea={() => document.getElementById(id) as HTMLTextAreaElement | null} />
      )}
      {tokens.length > 0 && <TokenChips value={props.value} options={tokens} onChange={props.onChange} />}
    </PromptField>
  );
}
