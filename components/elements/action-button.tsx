"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";

type ActionButtonProps = {
  label: string;
  pendingLabel: string;
  run: () => Promise<ActionResult<unknown>>;
  /** Asked first (a native confirm), for what cannot be undone. */
  confirm?: string;
  /** What to say once done (the page refreshes to show the rest). */
  done?: (data: unknown) => string | undefined;
  tone?: "plain" | "danger";
  after?: (data: unknown) => void;
};

/** A button that runs one server action, says it is busy, and shows the answer or the error beside it. */
export function ActionButton({ label, pendingLabel, run, confirm, done, tone = "plain", after }: ActionButtonProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  const style =
    tone === "danger"
      ? "border-red-800 text-red-300 hover:border-red-600"
      : "border-zinc-700 text-zinc-200 hover:border-zinc-500";
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={pending}
        className={`rounded-md border px-3 py-1.5 text-sm disabled:opacity-50 ${style}`}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          startTransition(async () => {
            const outcome = await run();
            if (!outcome.ok) return setNote({ text: outcome.error.message, error: true });
            const text = done?.(outcome.data);
            setNote(text ? { text, error: false } : null);
            after?.(outcome.data);
            router.refresh();
          });
        }}
      >
        {pending ? pendingLabel : label}
      </button>
      {note && (
        <span
          role={note.error ? "alert" : "status"}
          className={`text-sm ${note.error ? "text-red-400" : "text-zinc-400"}`}
        >
          {note.text}
        </span>
      )}
    </span>
  );
}
