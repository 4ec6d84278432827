import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { GenerationView } from "@/components/generations/generation-view";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { loadGenerationView } from "@/lib/studio/generation-view";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("generation"))("title") };
}

export default async function GenerationPage({ params }: Props) {
  const { id } = await params;
  await requirePageUser(`/generations/${id}`);
  const [view, t] = await Promise.all([loadGenerationView(id), getTranslations()]);
  if (!view) notFound();
  return (
    <>
      <PageHeader title={`${t("generation.title")} · ${t(`modes.${view.mode}.title`)}`} />
      <GenerationView initial={view} />
    </>
  );
}
