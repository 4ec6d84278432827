"use client";

import { AfterHydration } from "../form/after-hydration";
import { FormSkeleton } from "../form/form-skeleton";
import { GenerationForm } from "../form/generation-form";
import type { StudioProps } from "@/lib/studio/types";
import type { ModeEditor } from "./mode-editor";

/** A mode's editor in the shared shell, rendered in the browser only (the draft lives there). */
export function EditorStudio<State>({ editor, ...props }: StudioProps & { editor: ModeEditor<State> }) {
  return (
    <AfterHydration fallback={<FormSkeleton />}>
      <GenerationForm {...props} editor={editor} />
    </AfterHydration>
  );
}
