import type { Metadata } from "next";
import { InviteForm } from "@/components/settings/invite-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Settings" };

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="rounded-xl border border-zinc-800 p-6">
      <h2 className="mb-4 font-medium">{title}</h2>
      {children}
    </section>
  );
}

export default async function SettingsPage() {
  const user = await requirePageUser("/settings");
  const members = user.role === "admin"
    ? await prisma.user.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, email: true, name: true, role: true } })
    : [];
  return (
    <>
      <PageHeader title="Settings" />
      <div className="space-y-6">
        <Section title="Your account">
          <dl className="grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
            <dt className="text-zinc-400">Name</dt>
            <dd>{user.name}</dd>
            <dt className="text-zinc-400">Email</dt>
            <dd>{user.email}</dd>
            <dt className="text-zinc-400">Role</dt>
            <dd data-testid="account-role">{user.role}</dd>
          </dl>
        </Section>
        {user.role === "admin" && (
          <>
            <Section title="Team">
              <ul className="divide-y divide-zinc-800 text-sm">
                {members.map((member) => (
                  <li key={member.id} className="flex justify-between py-2">
                    <span>{member.name} <span className="text-zinc-500">{member.email}</span></span>
                    <span className="text-zinc-400">{member.role}</span>
                  </li>
                ))}
              </ul>
            </Section>
            <Section title="Invitations">
              <p className="mb-4 text-sm text-zinc-400">
                Sign-up is <strong>{env().signup === "invite" ? "by invitation only" : "open to anyone who reaches the studio"}</strong> (the SIGNUP setting).
              </p>
              <InviteForm />
            </Section>
          </>
        )}
      </div>
    </>
  );
}
