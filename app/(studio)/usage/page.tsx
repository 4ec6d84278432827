import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UsageView } from "@/components/usage/usage-view";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { usageQueryFrom, UsageQuerySchema } from "@/lib/usage/usage-query";
import { usageReport } from "@/lib/usage/usage-report";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("usage"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsagePage({ searchParams }: Props) {
  const user = await requirePageUser("/usage");
  const parsed = usageQueryFrom(await searchParams);
  const query = parsed.success ? parsed.data : UsageQuerySchema.parse({});
  const [t, report] = await Promise.all([getTranslations("usage"), usageReport(query, user)]);
  return (
    <>
      <PageHeader title={t("title")} description={report.team ? t("descriptionTeam") : t("descriptionOwn")} />
      <UsageView report={report} />
    </>
  );
}
