import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { GenerationLineage } from "@/components/generations/generation-lineage";
import { GenerationView } from "@/components/generations/generation-view";
import { Providers } from "@/components/providers";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { isFavourite } from "@/lib/gallery/favourites";
import { mayShare } from "@/lib/gallery/share-links";
import { loadGenerationView } from "@/lib/studio/generation-view";
import { loadLineage } from "@/lib/studio/lineage";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("generation"))("title") };
}

export default async function GenerationPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/generations/${id}`);
  const [view, t, favourite, canShare, lineage] = await Promise.all([
    loadGenerationView(id),
    getTranslations(),
    isFavourite(user.id, id).catch(() => false),
    mayShare(user, id).catch(() => false),
    loadLineage(id),
  ]);
  if (!view) notFound();
  return (
    <>
      <PageHeader title={`${t("generation.title")} · ${t(`modes.${view.mode}.title`)}`} />
      <Providers>
        <GenerationView
          initial={view}
          favourite={favourite}
          canShare={canShare}
          lineage={<GenerationLineage lineage={lineage} />}
        />
      </Providers>
    </>
  );
}
