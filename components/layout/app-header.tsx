import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { AccountMenu } from "./account-menu";
import { AdminBadge } from "./admin-badge";
import { LanguageSwitcher } from "./language-switcher";
import { NavLinks } from "./nav-links";

export async function AppHeader({ user }: { user: SessionUser }) {
  const t = await getTranslations();
  return (
    <header className="sticky top-0 z-10 border-b border-zinc-800 bg-zinc-950/90 backdrop-blur">
      <div className="mx-auto flex min-h-14 max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <span aria-hidden className="grid size-7 place-items-center rounded-md bg-accent text-zinc-950">
            K
          </span>
          {t("app.name")}
        </Link>
        <NavLinks />
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span className="hidden text-zinc-400 lg:inline" data-testid="current-user">
            {user.email}
            {user.role === "admin" && <AdminBadge className="ml-2" />}
          </span>
          <LanguageSwitcher />
          <span className="hidden lg:inline-flex">
            <SignOutButton />
          </span>
          <AccountMenu user={user} />
        </div>
      </div>
    </header>
  );
}
