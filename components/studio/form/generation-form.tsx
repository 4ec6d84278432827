"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ModeEditor } from "../editors/mode-editor";
import type { StudioActions, StudioProps } from "@/lib/studio/types";
import { CostEstimate } from "./cost-estimate";
import { clearDraft, newIdempotencyKey } from "./draft-storage";
import { assignViolations, NO_FIELD_ERRORS } from "./field-errors";
import { ProviderPicker } from "./provider-picker";
import { useLiveValidation } from "./use-live-validation";
import { useStudioForm } from "./use-studio-form";
import { VideoSettingsPanel } from "./video-settings-panel";
import { concernsTouched, useTouchedPaths } from "./touched-paths";
import type { Violation } from "@/lib/providers";

const SHELL_FIELDS = ["provider", "model", "aspectRatio", "duration", "quality", "audio", "watermark"];

// Shown only after a provider switch or an attempt to generate: loaded then, not with the page.
const SwitchNotice = dynamic(() => import("./switch-notice").then((module) => module.SwitchNotice));
const ErrorSummary = dynamic(() => import("./error-summary").then((module) => module.ErrorSummary));
const FormProblems = dynamic(() => import("./form-problems").then((module) => module.FormProblems));

/**
 * Focus on the first field in error once it is drawn: the problems may arrive with the server's
 * answer, a render or two after the click, so it looks for a moment (about half a second).
 */
function focusFirstProblem(framesLeft = 30) {
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>('form [aria-invalid="true"]');
    if (field) field.focus();
    else if (framesLeft > 0) focusFirstProblem(framesLeft - 1);
  });
}

/** The shell every mode's editor plugs into: picker, settings, live validation, cost, draft and submit. */
export function GenerationForm<State>({
  editor,
  actions,
  ...props
}: StudioProps & { editor: ModeEditor<State>; actions: StudioActions }) {
  const t = useTranslations("form");
  const router = useRouter();
  const studio = useStudioForm({ mode: props.mode, editor, choices: props.choices, source: props.source });
  const { form, context, request } = studio;
  const touched = useTouchedPaths(request);
  const [attempted, setAttempted] = useState(false);
  const revealAll = attempted || form.origin !== "fresh";
  const validation = useLiveValidation(request, actions.validateGeneration, revealAll || touched.size > 0);
  // One key per form fill: a double click, or a retry after a lost answer, makes one generation.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [onlyThisProvider, setOnlyThisProvider] = useState(false);
  const failover = context.model.family !== undefined && (props.failoverFamilies ?? []).includes(context.model.family);
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<string | null>(null);

  // Everything shows once the creator tries to generate (or opens a draft or an earlier generation);
  // before that, only what concerns a part they have changed.
  const shown = revealAll
    ? validation.violations
    : validation.violations.filter((violation) => concernsTouched(violation.path, touched));
  const isError = (violation: Violation) => violation.severity === "error";
  const errorCount = shown.filter(isError).length;
  const fieldErrors = shown.length
    ? assignViolations(shown, [...SHELL_FIELDS, ...editor.fieldKeys(form.editor, context)])
    : NO_FIELD_ERRORS;
  const blocked = errorCount > 0;
  const revealed = revealAll || touched.size > 0;

  function submit() {
    setAttempted(true);
    if (validation.blocking.some(isError) || pending) return focusFirstProblem();
    setFailure(null);
    startTransition(async () => {
      const outcome = await actions.createGeneration({
        request,
        idempotencyKey,
        onlyThisProvider: failover && onlyThisProvider,
      });
      if (!outcome.ok) return setFailure(outcome.error.message);
      if (!outcome.data.created) {
        validation.accept(outcome.data.violations);
        return focusFirstProblem();
      }
      clearDraft(props.mode);
      router.push(`/generations/${outcome.data.id}`);
    });
  }

  const Editor = editor.Editor;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      className="grid gap-8 md:grid-cols-[minmax(0,1fr)_18rem] lg:grid-cols-[minmax(0,1fr)_20rem]"
    >
      <div className="min-w-0 space-y-6">
        {form.origin === "draft" && !form.touched && (
          <p
            role="status"
            className="flex flex-wrap items-center gap-3 rounded-lg bg-zinc-900 px-4 py-2 text-sm text-zinc-300"
          >
            {t("draftRestored")}
            <button type="button" onClick={studio.startOver} className="text-accent underline-offset-4 hover:underline">
              {t("discardDraft")}
            </button>
          </p>
        )}
        {form.origin === "source" && !form.touched && (
          <p role="status" className="rounded-lg bg-zinc-900 px-4 py-2 text-sm text-zinc-300">
            {t.rich(props.source?.purpose === "extend" ? "extendOf" : "remixOf", {
              link: (chunks) => (
                <Link
                  href={`/generations/${props.source?.id}`}
                  className="text-accent underline-offset-4 hover:underline"
                >
                  {chunks}
                </Link>
              ),
            })}
          </p>
        )}
        {form.switched && (
          <SwitchNotice
            provider={form.switched.provider}
            dropped={form.switched.dropped}
            onDismiss={studio.dismissSwitchNotice}
          />
        )}
        <Editor
          {...context}
          state={form.editor}
          onChange={studio.updateEditor}
          errors={fieldErrors}
          media={{ rules: props.mediaRules[context.provider.id] ?? {}, elements: props.elements }}
          onSettingsChange={studio.updateSettings}
        />
        {fieldErrors.unassigned.length > 0 && <FormProblems violations={fieldErrors.unassigned} />}
      </div>
      <aside className="space-y-6">
        <ProviderPicker
          choices={props.choices}
          provider={context.provider}
          model={form.settings.model}
          onProviderChange={studio.switchProvider}
          onModelChange={studio.switchModel}
          errors={fieldErrors}
        />
        {failover && (
          <label className="flex items-start gap-2 text-sm text-zinc-300">
            <input
              type="checkbox"
              checked={onlyThisProvider}
              onChange={(event) => setOnlyThisProvider(event.target.checked)}
              className="mt-1"
            />
            <span>
              {t("onlyThisProvider")}
              <span className="block text-xs text-zinc-500">{t("onlyThisProviderHint")}</span>
            </span>
          </label>
        )}
        <VideoSettingsPanel
          context={context}
          settings={form.settings}
          onChange={studio.updateSettings}
          errors={fieldErrors}
        />
        <CostEstimate settings={form.settings} prices={props.prices} runningCount={props.runningCount} />
        {/* Kept in view at the bottom of the screen however long the settings are. */}
        <div className="sticky bottom-0 -mx-1 space-y-2 bg-zinc-950/95 px-1 pb-3 pt-2 backdrop-blur">
          <button
            type="submit"
            aria-disabled={blocked || pending}
            aria-describedby="submit-status"
            className="w-full rounded-md bg-accent px-4 py-2.5 font-medium text-zinc-950 hover:bg-accent-strong aria-disabled:cursor-not-allowed aria-disabled:opacity-50"
          >
            {pending ? t("submitting") : t("submit")}
          </button>
          <p id="submit-status" aria-live="polite" className="min-h-5 text-sm">
            {blocked ? (
              <span className="text-red-300">{t("fixErrors", { count: errorCount })}</span>
            ) : validation.checking && revealed ? (
              <span className="text-zinc-500">{t("checking")}</span>
            ) : null}
          </p>
          {attempted && blocked && <ErrorSummary errors={fieldErrors} />}
          {failure && (
            <p role="alert" className="text-sm text-red-300">
              {t("failed", { message: failure })}
            </p>
          )}
        </div>
      </aside>
    </form>
  );
}
