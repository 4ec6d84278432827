"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";

type Invitation = {
  id: string;
  email: string | null;
  role: "admin" | "member";
  state: "pending" | "used" | "expired" | "revoked";
  url: string | null;
  expiresAt: string;
};

/** Every invitation with its state; a pending one can be copied again or revoked. */
export function InvitationList({
  invitations,
  revoke,
}: {
  invitations: Invitation[];
  revoke: (input: { invitationId: string }) => Promise<ActionResult<{ done: true }>>;
}) {
  const t = useTranslations("settings");
  const roles = useTranslations("roles");
  const format = useFormatter();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [copied, setCopied] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (!invitations.length) return <p className="text-sm text-zinc-500">{t("noInvitations")}</p>;
  return (
    <div className="space-y-2">
      {problem && (
        <p role="alert" className="text-sm text-red-300">
          {problem}
        </p>
      )}
      <ul className="divide-y divide-zinc-800 text-sm" data-testid="invitation-list">
        {invitations.map((invitation) => (
          <li
            key={invitation.id}
            className="flex flex-wrap items-center justify-between gap-3 py-2"
            data-state={invitation.state}
          >
            <span>
              {invitation.email ?? t("anyEmail")} · {roles(invitation.role)} ·{" "}
              <span className={invitation.state === "pending" ? "text-emerald-300" : "text-zinc-500"}>
                {t(`invitationStates.${invitation.state}`)}
              </span>
              {invitation.state === "pending" && (
                <span className="text-zinc-500">
                  {" "}
                  · {t("until", { date: format.dateTime(new Date(invitation.expiresAt), { dateStyle: "medium" }) })}
                </span>
              )}
            </span>
            {invitation.state === "pending" && invitation.url && (
              <span className="flex gap-2">
                <button
                  type="button"
                  onClick={() =>
                    void navigator.clipboard?.writeText(invitation.url!).then(() => setCopied(invitation.id))
                  }
                  className="rounded-md border border-zinc-700 px-2 py-1 hover:bg-zinc-900"
                >
                  {copied === invitation.id ? t("copied") : t("copy")}
                </button>
                <button
                  type="button"
                  disabled={pending}
                  onClick={() =>
                    startTransition(async () => {
                      const outcome = await revoke({ invitationId: invitation.id });
                      setProblem(outcome.ok ? null : outcome.error.message);
                      if (outcome.ok) router.refresh();
                    })
                  }
                  className="rounded-md border border-zinc-700 px-2 py-1 text-red-300 hover:bg-zinc-900"
                >
                  {t("revoke")}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
