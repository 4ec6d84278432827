import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CredentialsForm } from "@/components/auth/credentials-form";
import { safeReturnPath } from "@/lib/auth/return-to";
import { getSessionUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeReturnPath((await searchParams).next);
  if (await getSessionUser()) redirect(next);
  return (
    <>
      <h1 className="mb-6 text-center text-xl font-semibold">Sign in</h1>
      <CredentialsForm kind="sign-in" next={next} />
    </>
  );
}
