"use client";

import { useEffect, useMemo, useState } from "react";
import type { GenerationRequestInput } from "@/lib/providers";
import type { ProviderId } from "@/lib/providers";
import type { EditorContext, ModeEditor } from "../editors/mode-editor";
import type { ProviderChoice, StudioProps } from "@/lib/studio/types";
import { clearDraft, hasStoredDraft, loadDraft, loadDraftSchemas, saveDraft, type DraftSchemas } from "./draft-storage";
import {
  adaptSettings,
  contextFor,
  defaultChoice,
  initialSettings,
  settingsToRequest,
  type DroppedSetting,
  type VideoSettings,
} from "./video-settings";

type FormState<State> = {
  settings: VideoSettings;
  editor: State;
  /** Where the form started: defaults, a restored draft, or an earlier generation. */
  origin: "fresh" | "draft" | "source";
  /** Whether the creator has changed anything yet (errors show from then on). */
  touched: boolean;
  switched: { provider: string; dropped: DroppedSetting[] } | null;
};

function usableContext(choices: ProviderChoice[], provider?: string, model?: string) {
  const context = provider ? contextFor(choices, provider, model) : undefined;
  return context?.provider.available ? context : undefined;
}

function freshState<State>(editor: ModeEditor<State>, choices: ProviderChoice[]): FormState<State> {
  const context = usableContext(choices, defaultChoice(choices)?.id)!;
  const settings = initialSettings(context);
  return {
    settings,
    editor: editor.initialState({ ...context, settings }),
    origin: "fresh",
    touched: false,
    switched: null,
  };
}

/** An earlier generation's settings (Remix, Extend) when its provider is usable here, else a fresh form. */
function startingState<State>(
  editor: ModeEditor<State>,
  choices: ProviderChoice[],
  source: StudioProps["source"],
): FormState<State> {
  const fromSource = source && usableContext(choices, source.request.provider, source.request.model);
  if (source && fromSource) {
    const settings = initialSettings(fromSource, source.request);
    return {
      settings,
      editor: editor.initialState({ ...fromSource, settings }, source.request),
      origin: "source",
      touched: false,
      switched: null,
    };
  }
  return freshState(editor, choices);
}

/** The unsent draft of this mode, checked against its schemas, when its provider is usable here. */
function draftState<State>(
  mode: string,
  editor: ModeEditor<State>,
  choices: ProviderChoice[],
  schemas: DraftSchemas<State>,
): FormState<State> | null {
  const draft = loadDraft(mode, schemas);
  const fromDraft = draft && usableContext(choices, draft.settings.provider, draft.settings.model);
  if (!draft || !fromDraft) return null;
  const settings = adaptSettings(draft.settings, fromDraft).settings;
  return {
    settings,
    editor: editor.adaptToModel(draft.editor, { ...fromDraft, settings }).state,
    origin: "draft",
    touched: false,
    switched: null,
  };
}

/** The shell's state: provider and model, shared settings, the editor's own state, the draft. */
export function useStudioForm<State>({
  mode,
  editor,
  choices,
  source,
}: {
  mode: StudioProps["mode"];
  editor: ModeEditor<State>;
  choices: ProviderChoice[];
  source?: StudioProps["source"];
}) {
  const [form, setForm] = useState(() => startingState(editor, choices, source));

  // A draft is restored once its schemas have loaded (zod is left out of the page until then),
  // unless the creator has already started on the fresh form.
  useEffect(() => {
    if (form.origin !== "fresh" || !hasStoredDraft(mode)) return;
    let current = true;
    loadDraftSchemas(() => editor.loadStateSchema()).then((schemas) => {
      const restored = current && draftState(mode, editor, choices, schemas);
      if (restored) setForm((now) => (now.origin === "fresh" && !now.touched ? restored : now));
    });
    return () => {
      current = false;
    };
    // Once per mode page: the form's own changes must not restore the draft again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mode, editor]);
  const context: EditorContext = {
    ...contextFor(choices, form.settings.provider, form.settings.model)!,
    settings: form.settings,
  };

  useEffect(() => {
    if (form.touched) saveDraft(mode, { settings: form.settings, editor: form.editor });
  }, [mode, form.touched, form.settings, form.editor]);

  const request = useMemo<GenerationRequestInput>(() => {
    const current = contextFor(choices, form.settings.provider, form.settings.model)!;
    const editorContext = { ...current, settings: form.settings };
    return { ...settingsToRequest(form.settings, current), mode, ...editor.toRequest(form.editor, editorContext) };
  }, [choices, editor, mode, form.settings, form.editor]);

  /** A new provider or model: everything that still applies carries over; the rest is listed. */
  const switchTo = (provider: ProviderId, model?: string) =>
    setForm((current) => {
      const next = usableContext(choices, provider, model);
      if (!next) return current;
      const adapted = adaptSettings(current.settings, next);
      const followed = editor.adaptToSettings?.(current.editor, current.settings, adapted.settings) ?? current.editor;
      const editorAdapted = editor.adaptToModel(followed, { ...next, settings: adapted.settings });
      const dropped = [...adapted.dropped, ...editorAdapted.dropped];
      const label = model ? `${next.provider.label} · ${next.model.label}` : next.provider.label;
      return {
        ...current,
        settings: adapted.settings,
        editor: editorAdapted.state,
        touched: true,
        switched: dropped.length ? { provider: label, dropped } : null,
      };
    });

  return {
    form,
    context,
    request,
    switchProvider: (provider: ProviderId) => switchTo(provider),
    switchModel: (model: string) => switchTo(form.settings.provider, model),
    updateSettings: (patch: Partial<VideoSettings>) =>
      setForm((current) => {
        const settings = { ...current.settings, ...patch };
        const state = editor.adaptToSettings?.(current.editor, current.settings, settings) ?? current.editor;
        return { ...current, settings, editor: state, touched: true };
      }),
    updateEditor: (update: (state: State) => State) =>
      setForm((current) => ({ ...current, editor: update(current.editor), touched: true })),
    dismissSwitchNotice: () => setForm((current) => ({ ...current, switched: null })),
    startOver: () => {
      clearDraft(mode);
      setForm(freshState(editor, choices));
    },
  };
}
