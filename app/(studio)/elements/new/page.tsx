import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ElementForm } from "@/components/elements/element-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { elementTargets, recentFrames } from "@/lib/elements/server";
import { KLING_IMAGE_RULES } from "@/lib/providers/server";
import { getTaskEngine } from "@/lib/tasks/web-engine";
import { createElementAction, frameOfGenerationAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("elements"))("newTitle") };
}

export default async function NewElementPage() {
  const user = await requirePageUser("/elements/new");
  const t = await getTranslations("elements");
  if (user.role !== "admin") return <EmptyState title={t("adminsOnlyTitle")}>{t("adminsOnly")}</EmptyState>;
  const engine = await getTaskEngine();
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <ElementForm
        targets={elementTargets(engine)}
        baseImageRules={KLING_IMAGE_RULES}
        frames={await recentFrames(engine)}
        save={createElementAction}
        frameOf={frameOfGenerationAction}
      />
    </>
  );
}
