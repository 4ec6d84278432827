import type { AspectRatio, Quality } from "@/lib/providers";
import type { StateSchema } from "../editors/mode-editor";
import type { VideoSettings } from "./video-settings";

// Drafts live in this browser only, per mode, so a reload or a closed tab loses nothing.

const draftKey = (mode: string) => `kling-studio:draft:${mode}`;

export type Draft<State> = { settings: VideoSettings; editor: State };

/** The schemas a draft is checked with, loaded (with zod) only when a draft is there to check. */
export type DraftSchemas<State> = {
  settings: typeof import("./state-schemas").DraftSettingsSchema;
  editor: StateSchema<State>;
};

export function hasStoredDraft(mode: string): boolean {
  try {
    return window.localStorage.getItem(draftKey(mode)) !== null;
  } catch {
    return false;
  }
}

export async function loadDraftSchemas<State>(loadEditorSchema: () => Promise<StateSchema<State>>) {
  const [{ DraftSettingsSchema }, editor] = await Promise.all([import("./state-schemas"), loadEditorSchema()]);
  return { settings: DraftSettingsSchema, editor } satisfies DraftSchemas<State>;
}

export function loadDraft<State>(mode: string, schemas: DraftSchemas<State>): Draft<State> | null {
  try {
    const raw = JSON.parse(window.localStorage.getItem(draftKey(mode)) ?? "null") as {
      settings?: unknown;
      editor?: unknown;
    } | null;
    const settings = schemas.settings.safeParse(raw?.settings);
    const editor = schemas.editor.safeParse(raw?.editor);
    if (!settings.success || !editor.success) return null;
    return {
      settings: {
        ...settings.data,
        quality: settings.data.quality as Quality | undefined,
        aspectRatio: settings.data.aspectRatio as AspectRatio | undefined,
      },
      editor: editor.data,
    };
  } catch {
    return null;
  }
}

export function saveDraft<State>(mode: string, draft: Draft<State>): void {
  try {
    window.localStorage.setItem(draftKey(mode), JSON.stringify(draft));
  } catch {
    // Storage full or disabled (private mode): the form still works, only without a draft.
  }
}

export function clearDraft(mode: string): void {
  try {
    window.localStorage.removeItem(draftKey(mode));
  } catch {
    // Nothing to clear where storage is unavailable.
  }
}

/** A random key even outside secure contexts (plain http on a LAN), where crypto.randomUUID is missing. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `form-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}
