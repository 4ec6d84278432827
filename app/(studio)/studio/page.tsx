import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { GENERATION_MODES } from "@/lib/providers";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio"))("title") };
}

export default async function StudioPage() {
  await requirePageUser("/studio");
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t("studio.title")} description={t("studio.description")} />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {GENERATION_MODES.map((mode) => (
          <li key={mode}>
            <Link
              href={`/studio/${mode}`}
              className="block h-full rounded-xl border border-zinc-800 bg-zinc-900/40 p-5 transition-colors hover:border-zinc-600 hover:bg-zinc-900"
            >
              <h2 className="font-medium">{t(`modes.${mode}.title`)}</h2>
              <p className="mt-2 text-sm text-zinc-400">{t(`modes.${mode}.summary`)}</p>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
