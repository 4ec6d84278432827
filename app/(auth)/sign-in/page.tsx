import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CredentialsForm } from "@/components/auth/credentials-form";
import { safeReturnPath } from "@/lib/auth/return-to";
import { getSessionUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const next = safeReturnPath((await searchParams).next);
  if (await getSessionUser()) redirect(next);
  const t = await getTranslations("auth");
  return (
    <>
      <h1 className="mb-6 text-center text-xl font-semibold">{t("signInTitle")}</h1>
      <CredentialsForm kind="sign-in" next={next} />
    </>
  );
}
