import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { Providers } from "@/components/providers";
import { requirePageUser } from "@/lib/auth/session";

export default async function StudioLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser("/");
  // TanStack Query lives here, not in the root layout: sign-in and sign-up, the first pages anyone loads, do without it.
  return (
    <Providers>
      <AppHeader user={user} />
      <main className="mx-auto max-w-6xl px-4 py-10">{children}</main>
    </Providers>
  );
}
