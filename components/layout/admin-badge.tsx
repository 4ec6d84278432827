import { getTranslations } from "next-intl/server";

/** "admin" beside a signed-in admin's name, in the header and its account menu alike. */
export async function AdminBadge({ className = "" }: { className?: string }) {
  const t = await getTranslations("header");
  return (
    <span className={`rounded bg-zinc-800 px-1.5 py-0.5 text-xs text-accent ${className}`}>{t("adminBadge")}</span>
  );
}
