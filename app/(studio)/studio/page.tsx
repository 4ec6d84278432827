import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { MODE_CATALOG } from "@/components/studio/mode-catalog";
import { requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Studio" };

export default async function StudioPage() {
  await requirePageUser("/studio");
  return (
    <>
      <PageHeader title="Studio" description="Choose how to start a generation." />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {Object.entries(MODE_CATALOG).map(([mode, { title, summary }]) => (
          <li key={mode} className="rounded-xl border border-zinc-800 bg-zinc-900/40 p-5">
            <h2 className="font-medium">{title}</h2>
            <p className="mt-2 text-sm text-zinc-400">{summary}</p>
          </li>
        ))}
      </ul>
      <p className="mt-8 text-sm text-zinc-500">
        The generation forms for these modes are being built; the provider library and task engine come first.
      </p>
    </>
  );
}
