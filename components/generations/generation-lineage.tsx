import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Lineage, RelatedGeneration } from "@/lib/studio/lineage";

function GenerationLink({ generation }: { generation: RelatedGeneration }) {
  const t = useTranslations();
  return (
    <Link href={`/generations/${generation.id}`} className="text-accent underline-offset-4 hover:underline">
      {t(`modes.${generation.mode}.title`)}
      {generation.promptPreview && <span className="text-zinc-400"> · {generation.promptPreview}</span>}
    </Link>
  );
}

/** What went into this generation (and which generation made each input), and what was made from it. */
export function GenerationLineage({ lineage }: { lineage: Lineage }) {
  const t = useTranslations();
  if (!lineage.inputs.length && !lineage.madeFromIt.length) return null;
  return (
    <section aria-labelledby="lineage-title" className="space-y-4 text-sm" data-testid="generation-lineage">
      <h2 id="lineage-title" className="font-medium">
        {t("lineage.title")}
      </h2>
      {lineage.inputs.length > 0 && (
        <ul className="space-y-3">
          {lineage.inputs.map((input, index) => (
            <li key={`${input.role}-${index}`} className="flex gap-3" data-input-role={input.role}>
              {input.url && input.kind === "image" ? (
                // eslint-disable-next-line @next/next/no-img-element -- the studio's own file, any size
                <img src={input.url} alt="" className="size-14 shrink-0 rounded object-cover" />
              ) : (
                <span aria-hidden className="grid size-14 shrink-0 place-items-center rounded bg-zinc-900 text-xs">
                  {input.kind === "video" ? "▶" : "▦"}
                </span>
              )}
              <div className="min-w-0 space-y-0.5">
                <p className="text-zinc-200">
                  {input.url ? (
                    <a href={input.url} className="underline-offset-4 hover:underline">
                      {t(`media.roles.${input.role}`)}
                    </a>
                  ) : (
                    t(`media.roles.${input.role}`)
                  )}
                </p>
                {input.from && (
                  <p className="text-zinc-400">
                    {t("lineage.from")} <GenerationLink generation={input.from} />
                  </p>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {lineage.madeFromIt.length > 0 && (
        <div>
          <h3 className="mb-1 text-zinc-400">{t("lineage.madeFromIt")}</h3>
          <ul className="space-y-1">
            {lineage.madeFromIt.map((generation) => (
              <li key={`${generation.id}-${generation.role}`}>
                <GenerationLink generation={generation} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
