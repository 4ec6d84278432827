import Link from "next/link";
import type { SessionUser } from "@/lib/auth/session";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NavLinks } from "./nav-links";

export function AppHeader({ user }: { user: SessionUser }) {
  return (
    <header className="sticky top-0 z-10 border-b border-zinc-800 bg-zinc-950/90 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-6 px-4">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <span aria-hidden className="grid size-7 place-items-center rounded-md bg-accent text-zinc-950">K</span>
          Kling Studio
        </Link>
        <NavLinks />
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span className="hidden text-zinc-400 sm:inline" data-testid="current-user">
            {user.email}
            {user.role === "admin" && (
              <span className="ml-2 rounded bg-zinc-800 px-1.5 py-0.5 text-xs text-accent">admin</span>
            )}
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
