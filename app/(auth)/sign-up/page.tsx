import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CredentialsForm } from "@/components/auth/credentials-form";
import { getSessionUser } from "@/lib/auth/session";
import { isFirstAccount } from "@/lib/auth/members";
import { config } from "@/lib/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (await getSessionUser()) redirect("/");
  const t = await getTranslations("auth");
  const { invite } = await searchParams;
  const token = typeof invite === "string" ? invite : undefined;
  const firstAccount = await isFirstAccount();
  const needsInvitation = config().auth.signup === "invite" && !firstAccount && !token;
  return (
    <>
      <h1 className="mb-2 text-center text-xl font-semibold">{t("signUpTitle")}</h1>
      <p className="mb-6 text-center text-sm text-zinc-400">{firstAccount ? t("firstAccount") : t("joinTeam")}</p>
      {needsInvitation ? (
        <p role="alert" className="rounded-md bg-zinc-900 p-4 text-sm text-zinc-300">
          {t("invitationOnly")}
        </p>
      ) : (
        <CredentialsForm kind="sign-up" next="/" invite={token} />
      )}
    </>
  );
}
