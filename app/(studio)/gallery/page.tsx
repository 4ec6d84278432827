import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { recentGenerations } from "@/lib/gallery/recent-generations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("gallery"))("title") };
}

export default async function GalleryPage() {
  await requirePageUser("/gallery");
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const generations = await recentGenerations();
  return (
    <>
      <PageHeader title={t("gallery.title")} description={t("gallery.description")} />
      {generations.length === 0 ? (
        <EmptyState title={t("gallery.emptyTitle")} action={{ href: "/studio", label: t("gallery.emptyAction") }}>
          {t("gallery.emptyBody")}
        </EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {generations.map((generation) => {
            const poster = generation.status === "succeeded" ? generation.assets[0] : undefined;
            const mode = t(`modes.${generation.mode}.title`);
            return (
              <li key={generation.id}>
                <Link
                  href={`/generations/${generation.id}`}
                  className="block overflow-hidden rounded-xl border border-zinc-800 text-sm transition-colors hover:border-zinc-600"
                  data-testid="gallery-card"
                >
                  <div className="grid aspect-video place-items-center bg-zinc-900">
                    {poster ? (
                      // Stored posters are served with their size known; next/image would add a second resize pipeline.
                      // eslint-disable-next-line @next/next/no-img-element
                      <img
                        src={`/api/assets/${poster.id}`}
                        alt={t("gallery.posterAlt", { mode })}
                        loading="lazy"
                        className="size-full object-cover"
                      />
                    ) : (
                      <span className="text-xs text-zinc-500">{t(`statuses.${generation.status}`)}</span>
                    )}
                  </div>
                  <div className="p-4">
                    <p className="font-medium">{mode}</p>
                    <p className="mt-1 text-zinc-400">
                      {t(`statuses.${generation.status}`)} · {generation.provider} ·{" "}
                      {generation.creator.name || generation.creator.email}
                    </p>
                    <time className="mt-1 block text-zinc-500" dateTime={generation.createdAt.toISOString()}>
                      {format.dateTime(generation.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                    </time>
                  </div>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
