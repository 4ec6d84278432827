import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { MODE_CATALOG } from "@/components/studio/mode-catalog";
import { requirePageUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";

export const metadata: Metadata = { title: "Gallery" };

export default async function GalleryPage() {
  await requirePageUser("/gallery");
  const generations = await prisma.generation.findMany({
    orderBy: { createdAt: "desc" },
    take: 48,
    select: { id: true, mode: true, status: true, createdAt: true, provider: true, creator: { select: { name: true, email: true } } },
  });
  return (
    <>
      <PageHeader title="Gallery" description="Every generation of the team, newest first." />
      {generations.length === 0 ? (
        <EmptyState title="No generations yet" action={{ href: "/studio", label: "Start a generation" }}>
          Finished videos of everyone on the team appear here, stored by the studio so they never expire.
        </EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {generations.map((generation) => (
            <li key={generation.id} className="rounded-xl border border-zinc-800 p-4 text-sm">
              <p className="font-medium">{MODE_CATALOG[generation.mode].title}</p>
              <p className="mt-1 text-zinc-400">
                {generation.status} · {generation.provider} · {generation.creator.name || generation.creator.email}
              </p>
              <time className="mt-1 block text-zinc-500" dateTime={generation.createdAt.toISOString()}>
                {generation.createdAt.toLocaleString("en")}
              </time>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
