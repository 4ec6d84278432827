import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GalleryView } from "@/components/gallery/gallery-view";
import { Providers } from "@/components/providers";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { galleryFilterFrom, galleryQueryString } from "@/lib/gallery/gallery-filter";
import { galleryOptions } from "@/lib/gallery/gallery-options";
import { galleryPage } from "@/lib/gallery/gallery-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("gallery"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function GalleryPage({ searchParams }: Props) {
  const parsed = galleryFilterFrom(await searchParams);
  // A hand-edited URL with a value no filter knows shows the whole gallery rather than an error.
  const filter = parsed.success ? { ...parsed.data, cursor: undefined } : {};
  const query = galleryQueryString(filter);
  const user = await requirePageUser(query ? `/gallery?${query}` : "/gallery");
  const [t, page, options] = await Promise.all([getTranslations(), galleryPage(filter, user.id), galleryOptions()]);
  return (
    <>
      <PageHeader title={t("gallery.title")} description={t("gallery.description")} />
      <Providers>
        <GalleryView
          filter={filter}
          firstPage={{ generations: page.cards, nextCursor: page.nextCursor ?? null }}
          options={options}
        />
      </Providers>
    </>
  );
}
