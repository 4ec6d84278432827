"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { fetchJson } from "@/lib/api-client";
import type { GalleryCard as Card } from "@/lib/gallery/gallery-page";
import { queryKeys } from "@/lib/query-keys";
import { GalleryCard } from "../gallery/gallery-card";

type Page = { generations: Card[]; nextCursor: string | null };
const SHOWN = 4;

function Shelf({
  title,
  query,
  initial,
  empty,
  refreshMs,
  testId,
}: {
  title: string;
  query: string;
  initial: Card[];
  empty: string;
  refreshMs: number;
  testId: string;
}) {
  const t = useTranslations("home");
  const { data } = useQuery({
    queryKey: queryKeys.generations.shelf(query),
    queryFn: () => fetchJson<Page>(`/api/generations?${query}`),
    initialData: { generations: initial, nextCursor: null },
    refetchInterval: refreshMs,
  });
  const cards = data.generations.slice(0, SHOWN);
  return (
    <section aria-labelledby={`${testId}-title`} data-testid={testId}>
      <div className="mb-3 flex items-baseline justify-between gap-3">
        <h2 id={`${testId}-title`} className="text-lg font-medium">
          {title}
        </h2>
        <Link href={`/gallery?${query}`} className="text-sm text-zinc-400 hover:text-zinc-100 hover:underline">
          {t("seeAll")}
        </Link>
      </div>
      {cards.length ? (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {cards.map((card) => (
            <li key={card.id}>
              <GalleryCard card={card} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-xl border border-dashed border-zinc-800 px-6 py-8 text-center text-sm text-zinc-400">
          {empty}
        </p>
      )}
    </section>
  );
}

/** The home page's recent work: one's own latest generations, and what the team has running (refreshed as it moves). */
export function RecentWork({ mine, running }: { mine: Card[]; running: Card[] }) {
  const t = useTranslations("home");
  return (
    <div className="space-y-10">
      <Shelf
        title={t("running")}
        query="status=running"
        initial={running}
        empty={t("noneRunning")}
        refreshMs={3_000}
        testId="home-running"
      />
      <Shelf
        title={t("mine")}
        query="creator=me"
        initial={mine}
        empty={t("noneMine")}
        refreshMs={15_000}
        testId="home-mine"
      />
    </div>
  );
}
