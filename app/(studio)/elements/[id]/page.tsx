import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { BindingPanel } from "@/components/elements/binding-panel";
import { ElementForm } from "@/components/elements/element-form";
import { RefreshWhile } from "@/components/elements/refresh-while";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { elementImages, elementTargets, getTeamElement, presentBindings, recentFrames } from "@/lib/elements/server";
import { KLING_IMAGE_RULES, type ProviderId } from "@/lib/providers/server";
import { previewUrlOf } from "@/lib/studio/media/upload-item";
import { getTaskEngine } from "@/lib/tasks/web-engine";
import { frameOfGenerationAction, retireElementAction, retryBindingAction, updateElementAction } from "../actions";
import { RetireElement } from "@/components/elements/retire-element";

type Params = { params: Promise<{ id: string }> };

const isUuid = (id: string) => /^[0-9a-f-]{36}$/i.test(id);

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  const element = isUuid(id) ? await getTeamElement(id) : null;
  return { title: element?.name ?? (await getTranslations("elements"))("title") };
}

export default async function ElementPage({ params }: Params) {
  const { id } = await params;
  const user = await requirePageUser(`/elements/${id}`);
  const element = isUuid(id) ? await getTeamElement(id) : null;
  if (!element) notFound();
  const t = await getTranslations("elements");
  const format = await getFormatter();
  const engine = await getTaskEngine();
  const admin = user.role === "admin" && !element.retiredAt;
  const bindings = presentBindings(element);
  const busy = bindings.some((binding) => binding.state === "pending" || binding.state === "deleting");
  const images = await elementImages(engine, element);
  const targets = elementTargets(engine);
  const chosen = element.bindings.map((binding) => binding.provider as ProviderId);
  return (
    <>
      <PageHeader
        title={element.name}
        description={t("madeBy", {
          name: element.createdBy.name,
          when: format.dateTime(element.createdAt, { dateStyle: "medium" }),
        })}
      />
      <RefreshWhile active={busy} />
      {element.retiredAt && (
        <p role="status" className="mb-6 rounded-md border border-zinc-700 p-3 text-sm text-zinc-300">
          {t("retired", { when: format.dateTime(element.retiredAt, { dateStyle: "medium" }) })}
        </p>
      )}
      <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
        <section aria-label={t("detailsLabel")}>
          {admin ? (
            <ElementForm
              targets={targets}
              baseImageRules={KLING_IMAGE_RULES}
              initial={{
                elementId: element.id,
                draft: {
                  name: element.name,
                  description: element.description,
                  tags: element.tags,
                  frontalImageUrl: element.frontalImageUrl ?? undefined,
                  referImageUrls: element.referImageUrls,
                  providers: chosen.filter((provider) => targets.some((target) => target.provider === provider)),
                },
                images,
              }}
              frames={await recentFrames(engine)}
              save={updateElementAction}
              frameOf={frameOfGenerationAction}
            />
          ) : (
            <div className="space-y-4">
              {element.description && <p className="text-zinc-300">{element.description}</p>}
              {element.tags.length > 0 && (
                <p className="text-sm text-zinc-400">{element.tags.map((tag) => `#${tag}`).join(" ")}</p>
              )}
              <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
                {images.map((image, index) => (
                  <li key={image.url}>
                    {/* eslint-disable-next-line @next/next/no-img-element */}
                    <img
                      src={previewUrlOf(image.url, { thumbnail: true })}
                      alt={index === 0 ? t("form.frontal") : t("form.refer", { n: index })}
                      className="aspect-square w-full rounded-md bg-zinc-900 object-cover"
                    />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
        <aside className="space-y-6">
          <section>
            <h2 className="mb-3 font-medium">{t("bindings.title")}</h2>
            <BindingPanel elementId={element.id} bindings={bindings} retry={admin ? retryBindingAction : undefined} />
          </section>
          {admin && <RetireElement elementId={element.id} name={element.name} retire={retireElementAction} />}
        </aside>
      </div>
    </>
  );
}
