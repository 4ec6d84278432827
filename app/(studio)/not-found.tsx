import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";

export default async function StudioNotFound() {
  const t = await getTranslations("states");
  return (
    <EmptyState title={t("notFoundTitle")} action={{ href: "/studio", label: t("backToStudio") }}>
      {t("notFoundBody")}
    </EmptyState>
  );
}
