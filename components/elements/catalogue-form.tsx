"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import type { MediaItem } from "@/lib/providers";
import type { ProviderId } from "@/lib/providers/browser";
import type { ActionResult } from "@/lib/actions/result";
import type { ElementProblem } from "@/lib/elements/rules";
import { ErrorList } from "@/components/studio/media/check-list";
import { UploadField } from "@/components/studio/media/upload-field";
import { problemsAt, useProblemText } from "./problem-text";

type Register = (input: {
  provider: ProviderId;
  remoteId: string;
  name: string;
  description: string;
  frontalImageUrl: string;
}) => Promise<ActionResult<{ ok: true; elementId: string } | { ok: false; problems: ElementProblem[] }>>;

const INPUT = "w-full rounded-md border border-zinc-700 bg-zinc-900 px-3 py-2 text-sm";

/** Registers an element of a provider's catalogue (DashScope) by Kling's id, with a name and a picture to know it by. */
export function CatalogueForm({ provider, register }: { provider: ProviderId; register: Register }) {
  const t = useTranslations("elements.catalogue");
  const text = useProblemText();
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [remoteId, setRemoteId] = useState("");
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [picture, setPicture] = useState<MediaItem | undefined>();
  const [problems, setProblems] = useState<ElementProblem[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const errors = (path: string) => [...(fieldErrors[path] ?? []), ...problemsAt(problems, path).map(text)];

  const submit = () =>
    startTransition(async () => {
      const outcome = await register({ provider, remoteId, name, description, frontalImageUrl: picture?.url ?? "" });
      if (!outcome.ok) {
        setFieldErrors(outcome.error.fieldErrors ?? { remoteId: [outcome.error.message] });
        return;
      }
      if (!outcome.data.ok) return setProblems(outcome.data.problems);
      router.push(`/elements/${outcome.data.elementId}`);
    });
  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setProblems([]);
        setFieldErrors({});
        submit();
      }}
    >
      {(
        [
          ["remoteId", remoteId, setRemoteId],
          ["name", name, setName],
          ["description", description, setDescription],
        ] as const
      ).map(([field, value, set]) => (
        <div key={field}>
          <label htmlFor={`${id}-${field}`} className="mb-1 block text-sm font-medium text-zinc-200">
            {t(field)}
          </label>
          <input
            id={`${id}-${field}`}
            value={value}
            inputMode={field === "remoteId" ? "numeric" : undefined}
            onChange={(event) => set(event.target.value)}
            aria-invalid={errors(field).length > 0 || undefined}
            className={INPUT}
          />
          <ErrorList errors={errors(field)} />
        </div>
      ))}
      <UploadField
        role="first_frame"
        label={t("picture")}
        value={picture}
        onChange={setPicture}
        errors={errors("frontalImageUrl")}
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-zinc-950 hover:bg-accent-strong disabled:opacity-50"
      >
        {pending ? t("registering") : t("register")}
      </button>
    </form>
  );
}
