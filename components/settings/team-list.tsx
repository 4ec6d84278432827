"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";

type Member = { id: string; name: string; email: string; role: "admin" | "member"; removedAt: string | null };
type Change<I> = (input: I) => Promise<ActionResult<{ done: true }>>;

/** The team, with each current member's role to change and a way to remove them (asked first). */
export function TeamList({
  members,
  viewerId,
  changeRole,
  removeMember,
}: {
  members: Member[];
  viewerId: string;
  changeRole: Change<{ memberId: string; role: "admin" | "member" }>;
  removeMember: Change<{ memberId: string }>;
}) {
  const t = useTranslations("settings");
  const roles = useTranslations("roles");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const run = (change: () => Promise<ActionResult<{ done: true }>>) =>
    startTransition(async () => {
      const outcome = await change();
      setProblem(outcome.ok ? null : outcome.error.message);
      setConfirming(null);
      if (outcome.ok) router.refresh();
    });

  return (
    <div className="space-y-3">
      {problem && (
        <p role="alert" className="text-sm text-red-300">
          {problem}
        </p>
      )}
      <ul className="divide-y divide-zinc-800 text-sm" data-testid="team-list">
        {members.map((member) => (
          <li
            key={member.id}
            className="flex flex-wrap items-center justify-between gap-3 py-2"
            data-member={member.email}
          >
            <span className={member.removedAt ? "text-zinc-500 line-through" : ""}>
              {member.name} <span className="text-zinc-500">{member.email}</span>
              {member.id === viewerId && <span className="ml-2 text-xs text-zinc-500">{t("you")}</span>}
            </span>
            {member.removedAt ? (
              <span className="text-xs text-zinc-500">{t("removed")}</span>
            ) : (
              <span className="flex items-center gap-2">
                <select
                  aria-label={t("roleOf", { name: member.name })}
                  value={member.role}
                  disabled={pending}
                  onChange={(event) =>
                    run(() => changeRole({ memberId: member.id, role: event.target.value as "admin" | "member" }))
                  }
                  className="rounded-md border border-zinc-700 bg-zinc-900 px-2 py-1"
                >
                  <option value="member">{roles("member")}</option>
                  <option value="admin">{roles("admin")}</option>
                </select>
                {confirming === member.id ? (
                  <span
                    role="alertdialog"
                    aria-label={t("removeQuestion", { name: member.name })}
                    className="flex items-center gap-2"
                  >
                    <span>{t("removeQuestion", { name: member.name })}</span>
                    <button
                      type="button"
                      disabled={pending}
                      onClick={() => run(() => removeMember({ memberId: member.id }))}
                      className="rounded-md bg-red-600 px-2 py-1 text-white hover:bg-red-500"
                    >
                      {t("removeConfirm")}
                    </button>
                    <button
                      type="button"
                      onClick={() => setConfirming(null)}
                      className="rounded-md border border-zinc-700 px-2 py-1"
                    >
                      {t("keep")}
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    onClick={() => setConfirming(member.id)}
                    aria-label={t("removeOf", { name: member.name })}
                    className="rounded-md border border-zinc-700 px-2 py-1 text-red-300 hover:bg-zinc-900"
                  >
                    {t("remove")}
                  </button>
                )}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
