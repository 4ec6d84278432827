"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";

const FIELD = "w-full rounded-md border border-zinc-700 bg-zinc-900 px-3 py-2";
const SUBMIT = "rounded-md border border-zinc-700 px-3 py-1.5 text-sm hover:bg-zinc-900";

/** One's own name, and a new password (the current one asked; other sessions are signed out). */
export function AccountForm({
  name,
  rename,
  changePassword,
}: {
  name: string;
  rename: (input: { name: string }) => Promise<ActionResult<unknown>>;
  changePassword: (input: { currentPassword: string; newPassword: string }) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations("settings");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const report = (outcome: ActionResult<unknown>, done: string) => {
    if (outcome.ok) router.refresh();
    setMessage(
      outcome.ok
        ? { text: done, error: false }
        : { text: Object.values(outcome.error.fieldErrors ?? {}).flat()[0] ?? outcome.error.message, error: true },
    );
  };

  return (
    <div className="grid gap-6 md:grid-cols-2">
      <form
        className="space-y-3"
        action={(data) =>
          startTransition(async () => report(await rename({ name: String(data.get("name") ?? "") }), t("nameSaved")))
        }
      >
        <label className="block text-sm">
          <span className="mb-1 block text-zinc-400">{t("name")}</span>
          <input name="name" defaultValue={name} required maxLength={100} className={FIELD} />
        </label>
        <button type="submit" disabled={pending} className={SUBMIT}>
          {t("saveName")}
        </button>
      </form>
      <form
        className="space-y-3"
        action={(data) =>
          startTransition(async () =>
            report(
              await changePassword({
                currentPassword: String(data.get("currentPassword") ?? ""),
                newPassword: String(data.get("newPassword") ?? ""),
              }),
              t("passwordChanged"),
            ),
          )
        }
      >
        <label className="block text-sm">
          <span className="mb-1 block text-zinc-400">{t("currentPassword")}</span>
          <input name="currentPassword" type="password" autoComplete="current-password" required className={FIELD} />
        </label>
        <label className="block text-sm">
          <span className="mb-1 block text-zinc-400">{t("newPassword")}</span>
          <input name="newPassword" type="password" autoComplete="new-password" required className={FIELD} />
        </label>
        <button type="submit" disabled={pending} className={SUBMIT}>
          {t("changePassword")}
        </button>
      </form>
      {message && (
        <p
          role={message.error ? "alert" : "status"}
          className={`text-sm md:col-span-2 ${message.error ? "text-red-300" : "text-emerald-300"}`}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
