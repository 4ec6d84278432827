import type { GenerationMode } from "@/lib/providers/canonical";

/** Modes with an editor; the others show the "editor coming" notice. Add a mode here and in ModeStudio. */
export const EDITOR_MODES = ["text", "storyboard"] as const satisfies readonly GenerationMode[];
export type EditorMode = (typeof EDITOR_MODES)[number];

export function hasEditor(mode: GenerationMode): mode is EditorMode {
  return (EDITOR_MODES as readonly GenerationMode[]).includes(mode);
}
