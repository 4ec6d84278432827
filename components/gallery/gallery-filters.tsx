"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { GalleryFilter } from "@/lib/gallery/gallery-filter";
import type { GalleryOptions } from "@/lib/gallery/gallery-options";
import { GALLERY_STATUSES } from "@/lib/gallery/gallery-view";

const FIELD = "rounded-md border border-zinc-700 bg-zinc-900 px-2 py-1.5 text-sm";
const SEARCH_DELAY_MS = 250;

/** The gallery's filters; every change is a new view (its URL), searched as one types. */
export function GalleryFilters({
  filter,
  options,
  onChange,
}: {
  filter: GalleryFilter;
  options: GalleryOptions;
  onChange: (next: GalleryFilter) => void;
}) {
  const t = useTranslations();
  const q = filter.q ?? "";
  const [search, setSearch] = useState(q);
  // The search this box last asked for: a view that arrives with another one (back button, a
  // link, "Clear") replaces what is typed; the one asked for never overwrites further typing.
  const [requested, setRequested] = useState(q);
  if (q !== requested) {
    setRequested(q);
    setSearch(q);
  }
  const set = (patch: Partial<GalleryFilter>) => onChange({ ...filter, ...patch, cursor: undefined });

  useEffect(() => {
    if (search.trim() === requested) return;
    const timer = setTimeout(() => {
      setRequested(search.trim());
      set({ q: search.trim() || undefined });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
    // `set` changes with every filter; the search alone decides when to search.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search]);

  const models = options.providers.find((provider) => provider.id === filter.provider)?.models ?? [];
  const select = (name: keyof GalleryFilter, label: string, values: { value: string; label: string }[]) => (
    <label className="flex flex-col gap-1 text-xs text-zinc-400">
      {label}
      <select
        name={name}
        value={(filter[name] as string | undefined) ?? ""}
        onChange={(event) =>
          set({ [name]: event.target.value || undefined, ...(name === "provider" && { model: undefined }) })
        }
        className={FIELD}
      >
        {values.map(({ value, label: text }) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="mb-6 space-y-3" role="search">
      <label className="block">
        <span className="sr-only">{t("gallery.searchLabel")}</span>
        <input
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          placeholder={t("gallery.searchPlaceholder")}
          aria-label={t("gallery.searchLabel")}
          className="w-full rounded-md border border-zinc-700 bg-zinc-900 px-3 py-2"
        />
      </label>
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="sr-only">{t("gallery.filters")}</legend>
        {select("status", t("gallery.statusLabel"), [
          { value: "", label: t("gallery.anyStatus") },
          ...GALLERY_STATUSES.map((status) => ({ value: status, label: t(`gallery.statusGroups.${status}`) })),
        ])}
        {select("mode", t("gallery.modeLabel"), [
          { value: "", label: t("gallery.anyMode") },
          ...options.modes.map((mode) => ({ value: mode, label: t(`modes.${mode}.title` as "modes.text.title") })),
        ])}
        {select("provider", t("gallery.providerLabel"), [
          { value: "", label: t("gallery.anyProvider") },
          ...options.providers.map((provider) => ({ value: provider.id, label: provider.label })),
        ])}
        {models.length > 1 &&
          select("model", t("gallery.modelLabel"), [
            { value: "", label: t("gallery.anyModel") },
            ...models.map((model) => ({ value: model.model, label: model.label })),
          ])}
        {select("creator", t("gallery.creatorLabel"), [
          { value: "", label: t("gallery.anyCreator") },
          { value: "me", label: t("gallery.mine") },
          ...options.creators.map((creator) => ({ value: creator.id, label: creator.name })),
        ])}
        <label className="flex flex-col gap-1 text-xs text-zinc-400">
          {t("gallery.from")}
          <input
            type="date"
            value={filter.from ?? ""}
            onChange={(event) => set({ from: event.target.value || undefined })}
            className={FIELD}
          />
        </label>
        <label className="flex flex-col gap-1 text-xs text-zinc-400">
          {t("gallery.to")}
          <input
            type="date"
            value={filter.to ?? ""}
            onChange={(event) => set({ to: event.target.value || undefined })}
            className={FIELD}
          />
        </label>
        <label className="flex items-center gap-2 pb-1.5 text-sm">
          <input
            type="checkbox"
            checked={filter.fav === "1"}
            onChange={(event) => set({ fav: event.target.checked ? "1" : undefined })}
          />
          {t("gallery.favourites")}
        </label>
        <label className="flex items-center gap-2 pb-1.5 text-sm">
          <input
            type="checkbox"
            checked={filter.video === "1"}
            onChange={(event) => set({ video: event.target.checked ? "1" : undefined })}
          />
          {t("gallery.withVideo")}
        </label>
        {select("sort", t("gallery.sortLabel"), [
          { value: "", label: t("gallery.newest") },
          { value: "oldest", label: t("gallery.oldest") },
        ])}
        <button
          type="button"
          onClick={() => onChange({})}
          className="pb-1.5 text-sm text-zinc-400 underline-offset-2 hover:underline"
        >
          {t("gallery.clear")}
        </button>
      </fieldset>
    </div>
  );
}
