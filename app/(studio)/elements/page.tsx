import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { listTeamElements } from "@/lib/elements/team-library";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("elements"))("title") };
}

export default async function ElementsPage() {
  const user = await requirePageUser("/elements");
  const t = await getTranslations("elements");
  const elements = await listTeamElements();
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {elements.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{user.role === "admin" ? t("emptyAdmin") : t("emptyMember")}</EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {elements.map((element) => (
            <li key={element.id} className="rounded-xl border border-zinc-800 p-4">
              <p className="font-medium">{element.name}</p>
              <p className="mt-1 text-sm text-zinc-400">{element.description}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
