import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RecentWork } from "@/components/home/recent-work";
import { Providers } from "@/components/providers";
import { requirePageUser } from "@/lib/auth/session";
import { galleryPage } from "@/lib/gallery/gallery-page";

export default async function HomePage() {
  const user = await requirePageUser("/");
  const [t, mine, running] = await Promise.all([
    getTranslations("home"),
    galleryPage({ creator: "me" }, user.id, 4),
    galleryPage({ status: "running" }, user.id, 4),
  ]);
  return (
    <div className="space-y-12">
      <section className="pt-4">
        <p className="text-sm uppercase tracking-widest text-accent">{t("eyebrow")}</p>
        <h1 className="mt-3 max-w-2xl text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-3 max-w-2xl text-zinc-400">{t("welcome", { name: user.name || user.email })}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link
            href="/studio"
            className="rounded-md bg-accent px-5 py-2.5 font-medium text-zinc-950 hover:bg-accent-strong"
          >
            {t("openStudio")}
          </Link>
          <Link href="/gallery" className="rounded-md border border-zinc-700 px-5 py-2.5 hover:bg-zinc-900">
            {t("browseGallery")}
          </Link>
        </div>
      </section>
      <Providers>
        <RecentWork mine={mine.cards} running={running.cards} />
      </Providers>
    </div>
  );
}
