"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId, useMemo, useState, type KeyboardEvent } from "react";
import type { ElementOption } from "./types";

type ElementPickerProps = {
  options: readonly ElementOption[];
  /** Ids already in the request: shown as chosen and not offered again. */
  chosen: readonly string[];
  onPick: (option: ElementOption) => void;
  canAdd: boolean;
  disabled?: boolean;
};

/**
 * Team and preset elements with thumbnails, filtered by a search box. A combobox whose list stays
 * open: arrow keys move through the options, Enter adds the active one, focus stays in the search box.
 */
export function ElementPicker({ options, chosen, onPick, canAdd, disabled }: ElementPickerProps) {
  const t = useTranslations("media.elements");
  const id = useId();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    const needle = query.trim().toLowerCase();
    return options.filter(
      (option) =>
        !needle ||
        `${option.name} ${option.description ?? ""} ${(option.tags ?? []).join(" ")}`.toLowerCase().includes(needle),
    );
  }, [options, query]);
  const activeIndex = Math.min(active, Math.max(0, matches.length - 1));
  const optionId = (index: number) => `${id}-option-${index}`;
  const available = (option: ElementOption) =>
    canAdd && !disabled && !option.unavailable && !chosen.includes(option.id);

  const pick = (option: ElementOption | undefined) => {
    if (option && available(option)) onPick(option);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      Home: 0,
      End: matches.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      setActive(Math.max(0, Math.min(matches.length - 1, moves[event.key]!)));
    } else if (event.key === "Enter") {
      event.preventDefault();
      pick(matches[activeIndex]);
    }
  };

  if (options.length === 0) {
    return (
      <p className="text-sm text-zinc-500" data-testid="elements-empty">
        {t("none")}{" "}
        <Link href="/elements" className="text-accent underline-offset-4 hover:underline">
          {t("manage")}
        </Link>
      </p>
    );
  }
  return (
    <div className="space-y-2">
      <label htmlFor={`${id}-search`} className="block text-sm text-zinc-400">
        {t("search")}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        role="combobox"
        aria-expanded
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={matches.length ? optionId(activeIndex) : undefined}
        aria-describedby={`${id}-hint`}
        value={query}
        disabled={disabled}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        className="w-full rounded-md border border-zinc-700 bg-zinc-900 px-3 py-2 text-sm"
      />
      <p id={`${id}-hint`} className="text-xs text-zinc-500">
        {canAdd ? t("pickHint") : t("full")}
      </p>
      {matches.length === 0 ? (
        <p className="text-sm text-zinc-500">{t("noMatch", { query })}</p>
      ) : (
        <ul
          id={`${id}-list`}
          role="listbox"
          aria-label={t("listLabel")}
          className="max-h-64 space-y-1 overflow-y-auto rounded-md border border-zinc-800 p-1"
        >
          {matches.map((option, index) => {
            const isChosen = chosen.includes(option.id);
            return (
              <li
                key={option.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                aria-disabled={!available(option)}
                onMouseEnter={() => setActive(index)}
                onClick={() => pick(option)}
                className={`flex cursor-pointer items-center gap-2 rounded px-2 py-1 text-sm aria-disabled:cursor-not-allowed aria-disabled:opacity-50 ${
                  index === activeIndex ? "bg-zinc-800 outline outline-1 outline-accent" : ""
                }`}
              >
                {option.thumbnailUrl ? (
                  // eslint-disable-next-line @next/next/no-img-element
                  <img src={option.thumbnailUrl} alt="" className="size-10 shrink-0 rounded bg-zinc-900 object-cover" />
                ) : (
                  <span aria-hidden className="size-10 shrink-0 rounded bg-zinc-800" />
                )}
                <span className="min-w-0 flex-1">
                  <span className="block truncate">
                    {option.name}
                    {isChosen ? " ✓" : ""}
                  </span>
                  {option.description && (
                    <span className="block truncate text-xs text-zinc-500">{option.description}</span>
                  )}
                  {option.unavailable && (
                    <span className="block truncate text-xs text-amber-400">
                      {t(`unavailable.${option.unavailable}`)}
                    </span>
                  )}
                </span>
                {option.tags?.map((tag) => (
                  <span key={tag} className="hidden rounded bg-zinc-900 px-1.5 text-xs text-zinc-500 sm:inline">
                    {tag}
                  </span>
                ))}
                <span className="rounded bg-zinc-800 px-1.5 text-xs text-zinc-400">{t(option.source)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
