import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ModeStudio } from "@/components/studio/editors/mode-studio";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { GenerationModeSchema } from "@/lib/providers";
import { loadStudioPageData } from "@/lib/studio/studio-page-data";
import { createGenerationAction, validateGenerationAction } from "../actions";

type Props = {
  params: Promise<{ mode: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const mode = GenerationModeSchema.safeParse((await params).mode);
  return mode.success ? { title: (await getTranslations("modes"))(`${mode.data}.title`) } : {};
}

export default async function ModePage({ params, searchParams }: Props) {
  const parsed = GenerationModeSchema.safeParse((await params).mode);
  if (!parsed.success) notFound();
  const mode = parsed.data;
  const query = await searchParams;
  // ?from=<id> remixes a generation (same mode, same request); ?extend=<id> continues its video.
  const from = typeof query.from === "string" ? query.from : undefined;
  const extend = mode === "extend" && typeof query.extend === "string" ? query.extend : undefined;
  const returnQuery = extend
    ? `?extend=${encodeURIComponent(extend)}`
    : from
      ? `?from=${encodeURIComponent(from)}`
      : "";
  const user = await requirePageUser(`/studio/${mode}${returnQuery}`);
  const t = await getTranslations();
  const header = (
    <PageHeader title={t(`modes.${mode}.title`)} description={t(`modes.${mode}.summary`)}>
      <Link
        href="/studio"
        className="rounded-md px-3 py-1.5 text-sm text-zinc-400 hover:bg-zinc-900 hover:text-zinc-100"
      >
        ← {t("studio.backToModes")}
      </Link>
    </PageHeader>
  );
  const data = await loadStudioPageData(mode, { from, extend }, user);
  return (
    <>
      {header}
      {data.choices.length === 0 ? (
        <EmptyState title={t("studio.noProviderTitle")}>
          {t("studio.noProviderBody", { mode: t(`modes.${mode}.title`) })}
        </EmptyState>
      ) : (
        <ModeStudio
          {...data}
          mode={mode}
          actions={{ validateGeneration: validateGenerationAction, createGeneration: createGenerationAction }}
        />
      )}
    </>
  );
}
