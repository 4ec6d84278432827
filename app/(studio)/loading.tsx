import { getTranslations } from "next-intl/server";

export default async function StudioLoading() {
  const t = await getTranslations("states");
  return (
    <div role="status" aria-busy="true" className="space-y-4">
      <div className="h-8 w-48 animate-pulse rounded bg-zinc-900" />
      <div className="h-48 animate-pulse rounded-xl bg-zinc-900/60" />
      <span className="sr-only">{t("loading")}</span>
    </div>
  );
}
