"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";

// Better Auth's sign-out endpoint called directly: the auth client (~12 KB compressed) would
// otherwise load on every studio page just for this button.
const SIGN_OUT_URL = "/api/auth/sign-out";

export function SignOutButton() {
  const t = useTranslations("header");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await fetch(SIGN_OUT_URL, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: "{}",
        }).catch(() => undefined);
        router.replace("/sign-in");
        router.refresh();
      }}
      className="rounded-md px-3 py-1.5 text-sm text-zinc-400 hover:bg-zinc-900 hover:text-zinc-100 disabled:opacity-50"
    >
      {pending ? t("signingOut") : t("signOut")}
    </button>
  );
}
