import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";

export const metadata: Metadata = { title: "Elements" };

export default async function ElementsPage() {
  const user = await requirePageUser("/elements");
  const elements = await prisma.element.findMany({ orderBy: { name: "asc" }, take: 200 });
  return (
    <>
      <PageHeader title="Elements" description="The team's subjects: characters, objects and places to reuse in reference videos." />
      {elements.length === 0 ? (
        <EmptyState title="The element library is empty">
          {user.role === "admin"
            ? "As an admin you will add subjects here, each with a frontal image and up to three reference images."
            : "An admin of the studio adds subjects here; you will pick them when making reference videos."}
        </EmptyState>
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
