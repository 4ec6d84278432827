"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import type { ImageRules, MediaItem } from "@/lib/providers";
import type { ProviderId } from "@/lib/providers/browser";
import type { ActionResult } from "@/lib/actions/result";
import {
  checkElementDraft,
  TEAM_ELEMENT_LIMITS,
  type ElementDraft,
  type ElementProblem,
  type ElementTarget,
} from "@/lib/elements/rules";
import { ErrorList } from "@/components/studio/media/check-list";
import { ElementImages, type Frame, type FrameOf } from "./element-images";
import { problemsAt, useProblemText } from "./problem-text";

type Saved = Promise<ActionResult<{ ok: true; elementId: string } | { ok: false; problems: ElementProblem[] }>>;
/** Creates (a draft) or, on the element's page, updates (a draft with its id). */
export type SaveElement = ((input: ElementDraft) => Saved) | ((input: ElementDraft & { elementId: string }) => Saved);

type ElementFormProps = {
  /** Providers the element can be created at or sent to, with their rules. */
  targets: ElementTarget[];
  /** Kling's image rules, which every element image must meet whatever the providers. */
  baseImageRules: ImageRules;
  initial?: { elementId: string; draft: ElementDraft; images: MediaItem[] };
  frames: Frame[];
  save: SaveElement;
  frameOf: FrameOf;
};

const INPUT = "w-full rounded-md border border-zinc-700 bg-zinc-900 px-3 py-2 text-sm aria-invalid:border-red-500";
const IMAGE_FIELDS = ["frontalImageUrl", "referImageUrls"];

/**
 * Creates or edits a team element. Every rule of the studio and of each chosen provider is checked as
 * the admin types and uploads, named beside its field; the server checks the same rules again.
 */
export function ElementForm({ targets, baseImageRules, initial, frames, save, frameOf }: ElementFormProps) {
  const t = useTranslations("elements.form");
  const text = useProblemText();
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();
  const images = new Map(initial?.images.map((item) => [item.url, item]));
  const [name, setName] = useState(initial?.draft.name ?? "");
  const [description, setDescription] = useState(initial?.draft.description ?? "");
  const [tags, setTags] = useState(initial?.draft.tags.join(", ") ?? "");
  const [frontal, setFrontal] = useState<MediaItem | undefined>(
    initial?.draft.frontalImageUrl ? images.get(initial.draft.frontalImageUrl) : undefined,
  );
  const [refers, setRefers] = useState<MediaItem[]>(
    initial?.draft.referImageUrls.flatMap((url) => images.get(url) ?? []) ?? [],
  );
  const [providers, setProviders] = useState<ProviderId[]>(initial?.draft.providers ?? []);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverProblems, setServerProblems] = useState<ElementProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  const draft: ElementDraft = {
    name,
    description,
    tags: tags
      .split(/[,，]/)
      .map((tag) => tag.trim())
      .filter(Boolean),
    frontalImageUrl: frontal?.url,
    referImageUrls: refers.map((item) => item.url),
    providers,
  };
  const chosen = targets.filter((target) => providers.includes(target.provider));
  const facts = new Map([frontal, ...refers].flatMap((item) => (item ? [[item.url, item.metadata]] : [])));
  const problems = [
    ...checkElementDraft(draft, chosen, (url) => facts.get(url) ?? undefined, baseImageRules),
    ...serverProblems.filter((problem) => !IMAGE_FIELDS.some((field) => problem.path.startsWith(field))),
  ];
  const shown = (path: string, nested = false) =>
    submitted || touched.has(path) ? problemsAt(problems, path, nested).map(text) : [];
  // Image files show their own checks (the upload box); the form adds counts, missing images and the server's word.
  const imageErrors = (path: string) =>
    submitted || touched.has(path.split("[")[0]!)
      ? [
          ...new Set(
            [
              ...problemsAt(problems, path).filter((problem) => !problem.rule.startsWith("image_")),
              ...problemsAt(serverProblems, path),
            ].map(text),
          ),
        ]
      : [];
  const touch = (path: string) => setTouched((current) => new Set(current).add(path));
  const change =
    <T,>(path: string, set: (value: T) => void) =>
    (value: T) => {
      set(value);
      touch(path);
      setServerProblems((current) => current.filter((problem) => !problem.path.startsWith(path)));
    };

  const submit = () => {
    setSubmitted(true);
    if (problems.length) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>("[aria-invalid=true]")?.focus());
      return;
    }
    startTransition(async () => {
      const outcome = initial
        ? await (save as (input: ElementDraft & { elementId: string }) => Saved)({
            ...draft,
            elementId: initial.elementId,
          })
        : await (save as (input: ElementDraft) => Saved)(draft);
      if (!outcome.ok) return setFailure(outcome.error.message);
      if (!outcome.data.ok) return setServerProblems(outcome.data.problems);
      setFailure(null);
      router.push(`/elements/${outcome.data.elementId}`);
      router.refresh();
    });
  };

  const nameErrors = shown("name");
  const descriptionErrors = shown("description");
  return (
    <form
      noValidate
      className="max-w-2xl space-y-6"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div>
        <label htmlFor={`${id}-name`} className="mb-1 block text-sm font-medium text-zinc-200">
          {t("name")}
        </label>
        <input
          id={`${id}-name`}
          value={name}
          onChange={(event) => change("name", setName)(event.target.value)}
          aria-invalid={nameErrors.length > 0 || undefined}
          aria-describedby={`${id}-name-hint ${id}-name-errors`}
          maxLength={TEAM_ELEMENT_LIMITS.name * 2}
          className={INPUT}
        />
        <p id={`${id}-name-hint`} className="mt-1 text-xs text-zinc-500">
          {t("nameHint")}
        </p>
        <ErrorList id={`${id}-name-errors`} errors={nameErrors} />
      </div>
      <div>
        <label htmlFor={`${id}-description`} className="mb-1 block text-sm font-medium text-zinc-200">
          {t("description")}
        </label>
        <textarea
          id={`${id}-description`}
          value={description}
          rows={3}
          onChange={(event) => change("description", setDescription)(event.target.value)}
          aria-invalid={descriptionErrors.length > 0 || undefined}
          aria-describedby={`${id}-description-errors`}
          className={INPUT}
        />
        <ErrorList id={`${id}-description-errors`} errors={descriptionErrors} />
      </div>
      <div>
        <label htmlFor={`${id}-tags`} className="mb-1 block text-sm font-medium text-zinc-200">
          {t("tags")}
        </label>
        <input
          id={`${id}-tags`}
          value={tags}
          onChange={(event) => change("tags", setTags)(event.target.value)}
          aria-describedby={`${id}-tags-hint`}
          className={INPUT}
        />
        <p id={`${id}-tags-hint`} className="mt-1 text-xs text-zinc-500">
          {t("tagsHint")}
        </p>
        <ErrorList errors={shown("tags")} />
      </div>
      <ElementImages
        frontal={frontal}
        refers={refers}
        onFrontal={change("frontalImageUrl", setFrontal)}
        onRefers={change("referImageUrls", setRefers)}
        maxRefers={TEAM_ELEMENT_LIMITS.referImages}
        imageRules={[baseImageRules, ...chosen.flatMap((target) => target.rules.imageRules ?? [])]}
        errors={{
          frontal: imageErrors("frontalImageUrl"),
          refers: imageErrors("referImageUrls"),
          refer: (index) => imageErrors(`referImageUrls[${index}]`),
        }}
        frames={frames}
        frameOf={frameOf}
        disabled={pending}
      />
      <fieldset className="space-y-2" data-field="providers">
        <legend className="text-sm font-medium text-zinc-200">{t("providers")}</legend>
        {targets.length === 0 && <p className="text-sm text-zinc-500">{t("noProviders")}</p>}
        {targets.map((target) => (
          // The checkbox is named by the provider alone; how it holds elements describes it.
          <div key={target.provider} className="flex items-start gap-2 text-sm">
            <input
              id={`${id}-provider-${target.provider}`}
              type="checkbox"
              className="mt-1"
              aria-describedby={`${id}-hosting-${target.provider}`}
              checked={providers.includes(target.provider)}
              onChange={(event) =>
                change<ProviderId[]>(
                  "providers",
                  setProviders,
                )(
                  event.target.checked
                    ? [...providers, target.provider]
                    : providers.filter((provider) => provider !== target.provider),
                )
              }
            />
            <span>
              <label htmlFor={`${id}-provider-${target.provider}`} className="block text-zinc-200">
                {target.label}
              </label>
              <span id={`${id}-hosting-${target.provider}`} className="block text-xs text-zinc-500">
                {t(`hosting.${target.rules.hosting}`)}
              </span>
            </span>
          </div>
        ))}
        <ErrorList errors={shown("providers")} />
      </fieldset>
      {failure && (
        <p role="alert" className="text-sm text-red-400">
          {failure}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-zinc-950 hover:bg-accent-strong disabled:opacity-50"
      >
        {pending ? t("saving") : initial ? t("save") : t("create")}
      </button>
    </form>
  );
}
