import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ElementCard } from "@/components/elements/element-card";
import { LibrarySearch } from "@/components/elements/library-search";
import { RefreshWhile } from "@/components/elements/refresh-while";
import { SyncNow } from "@/components/elements/sync-now";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { listTeamElements, presentElementCard, providersHosting } from "@/lib/elements/server";
import { getTaskEngine } from "@/lib/tasks/web-engine";
import { syncNowAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("elements"))("title") };
}

const LINK = "rounded-md border border-zinc-700 px-3 py-1.5 text-sm hover:border-zinc-500";

export default async function ElementsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const user = await requirePageUser("/elements");
  const t = await getTranslations("elements");
  const search = [(await searchParams).q].flat()[0]?.slice(0, 200);
  const admin = user.role === "admin";
  const [rows, engine] = await Promise.all([listTeamElements({ search }), getTaskEngine()]);
  const elements = rows.map(presentElementCard);
  const libraries = admin ? providersHosting(engine, "library") : [];
  const busy = rows.some((row) => row.bindings.some((binding) => ["pending", "deleting"].includes(binding.state)));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <RefreshWhile active={busy} intervalMs={3000} />
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <LibrarySearch value={search} />
        {admin && (
          <div className="flex flex-wrap items-center gap-2">
            <Link href="/elements/new" className={`${LINK} bg-accent font-medium text-zinc-950 hover:bg-accent-strong`}>
              {t("new")}
            </Link>
            <Link href="/elements/import" className={LINK}>
              {t("import")}
            </Link>
            {libraries.map(({ provider, label }) => (
              <SyncNow key={provider} provider={provider} label={label} sync={syncNowAction} />
            ))}
          </div>
        )}
      </div>
      {elements.length === 0 ? (
        search ? (
          <EmptyState title={t("noMatchTitle", { query: search })}>{t("noMatch")}</EmptyState>
        ) : (
          <EmptyState title={t("emptyTitle")}>{admin ? t("emptyAdmin") : t("emptyMember")}</EmptyState>
        )
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" aria-label={t("gridLabel")}>
          {elements.map((element) => (
            <ElementCard key={element.id} element={element} />
          ))}
        </ul>
      )}
    </>
  );
}
