"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";

type CreateInvitation = (input: {
  email: string;
  role: "admin" | "member";
}) => Promise<ActionResult<{ url: string; expiresAt: string }>>;

/** `createInvitation` is the settings page's server action, handed down so components never import app/. */
export function InviteForm({ createInvitation }: { createInvitation: CreateInvitation }) {
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<{ url: string; expiresAt: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  return (
    <form
      className="space-y-3"
      action={(formData) =>
        startTransition(async () => {
          const outcome = await createInvitation({
            email: String(formData.get("email") ?? ""),
            role: formData.get("role") === "admin" ? "admin" : "member",
          });
          if (outcome.ok) {
            setResult(outcome.data);
            setError(null);
            router.refresh();
          } else {
            setError(outcome.error.fieldErrors?.email?.[0] ?? outcome.error.message);
          }
        })
      }
    >
      <div className="flex flex-wrap gap-3">
        <label className="flex-1 text-sm">
          <span className="mb-1 block text-zinc-400">{t("settings.inviteEmail")}</span>
          <input name="email" type="email" className="w-full rounded-md border border-zinc-700 bg-zinc-900 px-3 py-2" />
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-zinc-400">{t("settings.inviteRole")}</span>
          <select name="role" className="rounded-md border border-zinc-700 bg-zinc-900 px-3 py-2">
            <option value="member">{t("roles.member")}</option>
            <option value="admin">{t("roles.admin")}</option>
          </select>
        </label>
      </div>
      <button
        disabled={pending}
        className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-zinc-950 hover:bg-accent-strong disabled:opacity-50"
      >
        {pending ? t("settings.creatingInvitation") : t("settings.createInvitation")}
      </button>
      {error && (
        <p role="alert" className="text-sm text-red-400">
          {error}
        </p>
      )}
      {result && (
        <p className="break-all rounded-md bg-zinc-900 p-3 text-sm">
          <span className="block text-zinc-400">
            {t("settings.shareLink", { date: format.dateTime(new Date(result.expiresAt), { dateStyle: "medium" }) })}
          </span>
          <code data-testid="invitation-url">{result.url}</code>
        </p>
      )}
    </form>
  );
}
