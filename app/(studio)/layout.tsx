import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { requirePageUser } from "@/lib/auth/session";

export default async function StudioLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser("/");
  return (
    <>
      <AppHeader user={user} />
      <main className="mx-auto max-w-6xl px-4 py-10">{children}</main>
    </>
  );
}
