"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { fetchJson } from "@/lib/api-client";
import type { GalleryFilter } from "@/lib/gallery/gallery-filter";
import { galleryQueryString } from "@/lib/gallery/gallery-view";
import type { GalleryOptions } from "@/lib/gallery/gallery-options";
import type { GalleryCard as Card } from "@/lib/gallery/gallery-page";
import { queryKeys } from "@/lib/query-keys";
import { EmptyState } from "../ui/empty-state";
import { GalleryCard } from "./gallery-card";
import { GalleryFilters } from "./gallery-filters";
import { SelectionBar } from "./selection-bar";

type Page = { generations: Card[]; nextCursor: string | null };
const UNFINISHED = new Set(["submitting", "queued", "running", "storing"]);

/**
 * The gallery: filters and search held in the URL (a link or the back button restores the view),
 * pages loaded by cursor as one scrolls (or with "Load more"), unfinished generations refreshed in
 * place and new ones appearing at the top.
 */
export function GalleryView({
  filter,
  firstPage,
  options,
}: {
  filter: GalleryFilter;
  firstPage: Page;
  options: GalleryOptions;
}) {
  const t = useTranslations();
  const router = useRouter();
  const pathname = usePathname();
  // The view shown at once when a filter changes; the URL (and the server's first page) follow.
  const urlQuery = galleryQueryString(filter);
  const [view, setView] = useState(filter);
  const [urlSeen, setUrlSeen] = useState(urlQuery);
  if (urlSeen !== urlQuery) {
    setUrlSeen(urlQuery);
    setView(filter);
  }
  const query = galleryQueryString(view);
  const sentinel = useRef<HTMLDivElement>(null);

  const gallery = useInfiniteQuery({
    queryKey: queryKeys.generations.gallery(query),
    queryFn: ({ pageParam }) =>
      fetchJson<Page>(`/api/generations?${query}${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ""}`),
    initialPageParam: "",
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    initialData: query === urlQuery ? { pages: [firstPage], pageParams: [""] } : undefined,
    placeholderData: keepPreviousData,
    refetchInterval: (current) =>
      current.state.data?.pages.some((page) => page.generations.some((card) => UNFINISHED.has(card.status)))
        ? 3_000
        : 15_000,
  });
  const cards = gallery.data?.pages.flatMap((page) => page.generations) ?? [];
  const [selected, setSelected] = useState<string[]>([]);
  const [anchor, setAnchor] = useState<number | null>(null);
  // A new view starts with nothing chosen: "select all" and shift-click work within what is shown.
  const [selectionView, setSelectionView] = useState(query);
  if (selectionView !== query) {
    setSelectionView(query);
    setSelected([]);
    setAnchor(null);
  }
  const toggle = (index: number, range: boolean) => {
    const id = cards[index]!.id;
    const on = !selected.includes(id);
    const span =
      range && anchor !== null
        ? cards.slice(Math.min(anchor, index), Math.max(anchor, index) + 1).map((card) => card.id)
        : [id];
    setSelected((current) =>
      on ? [...new Set([...current, ...span])] : current.filter((other) => !span.includes(other)),
    );
    setAnchor(index);
  };

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = gallery;
  useEffect(() => {
    const element = sentinel.current;
    if (!element || !hasNextPage) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting) && !isFetchingNextPage) void fetchNextPage();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const show = (next: GalleryFilter) => {
    setView(next);
    const search = galleryQueryString(next);
    router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false });
  };

  return (
    <>
      <GalleryFilters filter={view} options={options} onChange={show} />
      <SelectionBar
        selected={selected}
        onSelectAll={() => setSelected(cards.map((card) => card.id))}
        onClear={() => setSelected([])}
      />
      {gallery.isError && (
        <p role="alert" className="mb-4 rounded-md border border-red-900 bg-red-950/40 p-3 text-sm text-red-200">
          {t("gallery.loadFailed", { message: gallery.error.message })}
        </p>
      )}
      {gallery.isPending ? (
        <p role="status" className="py-16 text-center text-sm text-zinc-400">
          {t("gallery.loading")}
        </p>
      ) : cards.length === 0 ? (
        query ? (
          <EmptyState title={t("gallery.noMatchTitle")}>{t("gallery.noMatchBody")}</EmptyState>
        ) : (
          <EmptyState title={t("gallery.emptyTitle")} action={{ href: "/studio", label: t("gallery.emptyAction") }}>
            {t("gallery.emptyBody")}
          </EmptyState>
        )
      ) : (
        <>
          <p className="sr-only">{t("gallery.keyboardHint")}</p>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4" onKeyDown={moveBetweenCards}>
            {cards.map((card, index) => (
              <li key={card.id}>
                <GalleryCard
                  card={card}
                  query={view.q}
                  selected={selected.includes(card.id)}
                  onToggle={(range) => toggle(index, range)}
                />
              </li>
            ))}
          </ul>
          <div ref={sentinel} className="mt-6 flex justify-center">
            {hasNextPage ? (
              <button
                type="button"
                onClick={() => void fetchNextPage()}
                disabled={isFetchingNextPage}
                className="rounded-md border border-zinc-700 px-4 py-2 text-sm hover:border-zinc-500 disabled:opacity-60"
              >
                {isFetchingNextPage ? t("gallery.loading") : t("gallery.loadMore")}
              </button>
            ) : (
              <p className="text-sm text-zinc-500">{t("gallery.end")}</p>
            )}
          </div>
        </>
      )}
    </>
  );
}

/** Arrow keys move the focus between cards, row by row as the grid lays them out. */
function moveBetweenCards(event: KeyboardEvent<HTMLUListElement>) {
  const keys = ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown"];
  if (!keys.includes(event.key)) return;
  const cards = [...event.currentTarget.querySelectorAll<HTMLElement>("[data-gallery-card]")];
  const index = cards.indexOf(document.activeElement as HTMLElement);
  if (index < 0) return;
  const top = cards[index]!.getBoundingClientRect().top;
  const perRow = cards.filter((card) => card.getBoundingClientRect().top === top).length || 1;
  const step = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -perRow, ArrowDown: perRow }[event.key]!;
  const next = cards[Math.min(Math.max(index + step, 0), cards.length - 1)];
  if (!next) return;
  event.preventDefault();
  next.focus();
}
