import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { openShareLink } from "@/lib/gallery/share-links";

type Props = { params: Promise<{ token: string }> };

// Shared pages are for the people a link was sent to, never for search engines.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("share");
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** A generation shared by link: its video, poster, prompt and settings, and nothing else of the studio. */
export default async function SharedGenerationPage({ params }: Props) {
  const { token } = await params;
  const shared = await openShareLink(token);
  if (!shared) notFound();
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const media = `/api/shared/${token}`;
  const settings: [string, string | undefined][] = [
    [t("share.mode"), t(`modes.${shared.mode}.title`)],
    [t("share.model"), `${shared.provider} · ${shared.model}`],
    [t("share.length"), t("gallery.seconds", { seconds: shared.durationSeconds })],
    [t("share.aspectRatio"), shared.aspectRatio],
    [t("share.quality"), shared.quality],
    [t("share.made"), format.dateTime(shared.createdAt, { dateStyle: "long" })],
  ];
  return (
    <main className="mx-auto max-w-4xl space-y-6 px-4 py-10">
      <header className="flex items-baseline justify-between gap-4">
        <h1 className="text-xl font-semibold">{t("share.title")}</h1>
        {shared.expiresAt && (
          <p className="text-sm text-zinc-400">
            {t("share.expires", { date: format.dateTime(shared.expiresAt, { dateStyle: "medium" }) })}
          </p>
        )}
      </header>
      <video
        src={`${media}/video`}
        poster={shared.posterKey ? `${media}/poster` : undefined}
        controls
        playsInline
        preload="metadata"
        data-testid="shared-video"
        className="aspect-video w-full rounded-xl bg-black object-contain"
      />
      <section className="space-y-2">
        <h2 className="text-sm font-medium text-zinc-400">{t("share.prompt")}</h2>
        <p className="whitespace-pre-wrap" data-testid="shared-prompt">
          {shared.prompt || shared.shots.join("\n") || t("gallery.noPrompt")}
        </p>
        {shared.negativePrompt && (
          <p className="text-sm text-zinc-400">
            {t("share.negativePrompt")}: {shared.negativePrompt}
          </p>
        )}
      </section>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
        {settings
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt className="text-zinc-500">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </main>
  );
}
