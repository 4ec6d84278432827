import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { AdminBadge } from "./admin-badge";

/**
 * Below desktop width the header has no room for the signed-in user: they move into this menu
 * (a native disclosure: keyboard and screen readers work without script), with signing out.
 */
export async function AccountMenu({ user }: { user: SessionUser }) {
  const t = await getTranslations("header");
  const initial = (user.name || user.email).trim().charAt(0).toUpperCase();
  return (
    <details className="relative lg:hidden" data-testid="account-menu">
      <summary
        aria-label={t("account", { name: user.name || user.email })}
        className="grid size-8 cursor-pointer list-none place-items-center rounded-full bg-zinc-800 font-medium text-zinc-100 hover:bg-zinc-700 [&::-webkit-details-marker]:hidden"
      >
        {initial}
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-64 space-y-3 rounded-lg border border-zinc-800 bg-zinc-950 p-4 text-sm shadow-xl">
        <div>
          {user.name && <p className="font-medium text-zinc-100">{user.name}</p>}
          <p className="break-all text-zinc-400">{user.email}</p>
          {user.role === "admin" && <AdminBadge className="mt-1 inline-block" />}
        </div>
        <SignOutButton />
      </div>
    </details>
  );
}
