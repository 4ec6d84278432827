import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CatalogueForm } from "@/components/elements/catalogue-form";
import { ProviderElementList } from "@/components/elements/provider-element-list";
import { LibrarySearch } from "@/components/elements/library-search";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { browseProviderElements, providersHosting } from "@/lib/elements/server";
import { ProviderError, type ProviderId } from "@/lib/providers/server";
import { getTaskEngine } from "@/lib/tasks/web-engine";
import { adoptElementAction, registerCatalogueElementAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("elements"))("importTitle") };
}

type Search = { provider?: string; source?: string; q?: string; page?: string };

const TAB = "rounded-md border px-3 py-1.5 text-sm";

export default async function ImportElementsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePageUser("/elements/import");
  const t = await getTranslations("elements");
  if (user.role !== "admin") return <EmptyState title={t("adminsOnlyTitle")}>{t("adminsOnly")}</EmptyState>;
  const query = await searchParams;
  const engine = await getTaskEngine();
  const libraries = providersHosting(engine, "library");
  const catalogues = providersHosting(engine, "catalogue");
  const library = libraries.find((entry) => entry.provider === query.provider) ?? libraries[0];
  const source = query.source === "preset" ? "preset" : "custom";
  const search = query.q?.slice(0, 200);
  let listing: Awaited<ReturnType<typeof browseProviderElements>> | null = null;
  let failure: string | null = null;
  if (library) {
    try {
      listing = await browseProviderElements(engine, {
        provider: library.provider,
        source,
        search,
        page: Number(query.page) || 1,
      });
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      failure = error.userMessage;
    }
  }
  const href = (changes: Search) => {
    const next = { provider: library?.provider, source, q: search, ...changes };
    const params = new URLSearchParams(
      Object.entries(next).filter((entry): entry is [string, string] => Boolean(entry[1])),
    );
    return `/elements/import?${params}`;
  };
  return (
    <>
      <PageHeader title={t("importTitle")} description={t("importDescription")} />
      <p className="mb-4">
        <Link href="/elements" className="text-sm text-accent underline-offset-4 hover:underline">
          {t("back")}
        </Link>
      </p>
      {libraries.length === 0 && catalogues.length === 0 && (
        <EmptyState title={t("importNoneTitle")}>{t("importNone")}</EmptyState>
      )}
      {library && (
        <section className="mb-10 space-y-4" aria-label={t("importFrom", { provider: library.label })}>
          <nav className="flex flex-wrap gap-2" aria-label={t("importSources")}>
            {libraries.flatMap((entry) =>
              (["custom", "preset"] as const).map((kind) => {
                const current = entry.provider === library.provider && kind === source;
                return (
                  <Link
                    key={`${entry.provider}-${kind}`}
                    href={href({ provider: entry.provider, source: kind, page: undefined })}
                    aria-current={current ? "page" : undefined}
                    className={`${TAB} ${current ? "border-accent text-accent" : "border-zinc-700 hover:border-zinc-500"}`}
                  >
                    {t(`importSource.${kind}`, { provider: entry.label })}
                  </Link>
                );
              }),
            )}
          </nav>
          <LibrarySearch value={search} hidden={{ provider: library.provider, source }} />
          {failure && (
            <p role="alert" className="text-sm text-red-400">
              {failure}
            </p>
          )}
          {listing && (
            <ProviderElementList
              provider={library.provider as ProviderId}
              source={source}
              listing={listing}
              adopt={adoptElementAction}
              pageLinks={{
                previous: listing.page > 1 ? href({ page: String(listing.page - 1) }) : undefined,
                next: listing.page < listing.pages ? href({ page: String(listing.page + 1) }) : undefined,
              }}
            />
          )}
        </section>
      )}
      {catalogues.map((catalogue) => (
        <section key={catalogue.provider} className="max-w-2xl space-y-3">
          <h2 className="font-medium">{t("catalogue.title", { provider: catalogue.label })}</h2>
          <p className="text-sm text-zinc-400">{t("catalogue.explain", { provider: catalogue.label })}</p>
          <CatalogueForm provider={catalogue.provider} register={registerCatalogueElementAction} />
        </section>
      ))}
    </>
  );
}
