import type { ComponentType } from "react";
import type { GenerationRequest, GenerationRequestInput } from "@/lib/providers";
import type { FieldErrors } from "../form/field-errors";
import type { DroppedSetting, VideoSettings } from "../form/video-settings";
import type { ModeMediaRules, ModelContext, TeamElement } from "@/lib/studio/types";

/** The part of the canonical request a mode's editor decides; the shell adds provider, model and video settings. */
export type EditorRequestPart = Pick<
  GenerationRequestInput,
  | "prompt"
  | "negativePrompt"
  | "media"
  | "elements"
  | "storyboard"
  | "extendDirection"
  | "characterOrientation"
  | "cameraControl"
  | "motionBrush"
  | "voices"
>;

export type EditorContext = ModelContext & { settings: VideoSettings };

/** Any zod schema (classic or zod/mini; prefer mini, it keeps the page light). */
export type StateSchema<State> = { safeParse(input: unknown): { success: true; data: State } | { success: false } };

export type ModeEditorProps<State> = EditorContext & {
  state: State;
  onChange: (update: (state: State) => State) => void;
  /** Violations already sorted to this editor's `fieldKeys`; read them with fieldErrorsAt. */
  errors: FieldErrors;
  /** The chosen provider's media rules in this mode, and the team's elements. */
  media: { rules: ModeMediaRules; elements: readonly TeamElement[] };
  /** For controls that decide a shared setting (a voice needs sound on). */
  onSettingsChange: (patch: Partial<VideoSettings>) => void;
};

/**
 * One generation mode's editor, plugged into the shared shell (GenerationForm). The shell owns the
 * provider/model picker, the video settings, live validation, drafts, cost and submission; the editor
 * owns its own state and how that becomes its part of the canonical request.
 */
export type ModeEditor<State> = {
  /**
   * The schema a draft restored from localStorage is checked with (a draft that fails is
   * discarded), loaded only when there is a draft: zod stays out of the page's first load.
   */
  loadStateSchema(): Promise<StateSchema<State>>;
  /** A fresh state, or one taken from an earlier generation's request (Remix, Extend). */
  initialState(context: EditorContext, source?: GenerationRequest): State;
  /** After a change of provider or model: keep what still applies, report what was dropped. */
  adaptToModel(state: State, context: EditorContext): { state: State; dropped: DroppedSetting[] };
  /** After a change of the shared video settings (e.g. the length), where the editor's state follows them. */
  adaptToSettings?(state: State, previous: VideoSettings, next: VideoSettings): State;
  toRequest(state: State, context: EditorContext): EditorRequestPart;
  /**
   * Field keys (dotted request paths, e.g. "prompt", "storyboard.shots.2.duration", "media.0") the
   * editor shows violations beside. A violation goes to the longest key its path starts with.
   */
  fieldKeys(state: State, context: EditorContext): string[];
  Editor: ComponentType<ModeEditorProps<State>>;
};
