import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { GenerationMode } from "@/lib/providers/canonical";

/** The shared shell for modes whose editor is not built yet: an honest notice, no form that cannot work. */
export async function EditorComing({ mode, fromGeneration }: { mode: GenerationMode; fromGeneration?: string }) {
  const t = await getTranslations();
  return (
    <section role="status" className="rounded-xl border border-dashed border-zinc-700 px-6 py-12 text-center" data-testid="editor-coming">
      <h2 className="text-lg font-medium">{t("studio.comingTitle", { mode: t(`modes.${mode}.title`) })}</h2>
      <p className="mx-auto mt-2 max-w-lg text-sm text-zinc-400">{t("studio.comingBody")}</p>
      {fromGeneration && <p className="mx-auto mt-2 max-w-lg text-sm text-zinc-400">{t("studio.comingFrom")}</p>}
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <Link href="/studio/text" className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-zinc-950 hover:bg-accent-strong">{t("modes.text.title")}</Link>
        <Link href="/studio/storyboard" className="rounded-md border border-zinc-700 px-4 py-2 text-sm hover:bg-zinc-900">{t("modes.storyboard.title")}</Link>
      </div>
    </section>
  );
}
