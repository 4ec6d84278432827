"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";
import type { ProviderId } from "@/lib/providers/browser";
import { ActionButton } from "./action-button";

type Listed = { id: string; name: string; description?: string; frontalImageUrl?: string; adoptedAs?: string };
type Adopt = (input: {
  provider: ProviderId;
  remoteId: string;
  source: "custom" | "preset";
}) => Promise<ActionResult<{ ok: boolean; problems?: { message: string }[] }>>;

type ProviderElementListProps = {
  provider: ProviderId;
  source: "custom" | "preset";
  listing: { elements: Listed[]; page: number; pages: number; total: number };
  adopt: Adopt;
  /** Links to the neighbouring pages, when there are any. */
  pageLinks: { previous?: string; next?: string };
};

/** A provider's own elements, a page at a time, each adoptable into the team library (or linked once it is). */
export function ProviderElementList({ provider, source, listing, adopt, pageLinks }: ProviderElementListProps) {
  const t = useTranslations("elements.importList");
  if (listing.elements.length === 0) return <p className="text-sm text-zinc-500">{t("empty")}</p>;
  return (
    <div className="space-y-3">
      <p className="text-sm text-zinc-400">{t("count", { total: listing.total })}</p>
      <ul className="space-y-2">
        {listing.elements.map((element) => (
          <li key={element.id} className="flex items-center gap-3 rounded-md border border-zinc-800 p-2">
            {element.frontalImageUrl?.startsWith("http") ? (
              // eslint-disable-next-line @next/next/no-img-element
              <img src={element.frontalImageUrl} alt="" className="size-12 rounded bg-zinc-900 object-cover" />
            ) : (
              <span aria-hidden className="size-12 rounded bg-zinc-800" />
            )}
            <span className="min-w-0 flex-1">
              <span className="block truncate font-medium">{element.name}</span>
              <span className="block truncate text-xs text-zinc-500">
                {element.description} · <code>{element.id}</code>
              </span>
            </span>
            {element.adoptedAs ? (
              <Link
                href={`/elements/${element.adoptedAs}`}
                className="text-sm text-accent underline-offset-4 hover:underline"
              >
                {t("inLibrary")}
              </Link>
            ) : (
              <ActionButton
                label={t("adopt")}
                pendingLabel={t("adopting")}
                run={async () => {
                  const outcome = await adopt({ provider, remoteId: element.id, source });
                  if (outcome.ok && !outcome.data.ok)
                    return {
                      ok: false as const,
                      error: {
                        code: "failed" as const,
                        message: outcome.data.problems?.map((problem) => problem.message).join(" ") ?? "",
                      },
                    };
                  return outcome;
                }}
              />
            )}
          </li>
        ))}
      </ul>
      {listing.pages > 1 && (
        <nav className="flex items-center gap-3 text-sm" aria-label={t("pages")}>
          {pageLinks.previous && <Link href={pageLinks.previous}>{t("previous")}</Link>}
          <span className="text-zinc-400">{t("page", { page: listing.page, pages: listing.pages })}</span>
          {pageLinks.next && <Link href={pageLinks.next}>{t("next")}</Link>}
        </nav>
      )}
    </div>
  );
}
