"use client";

import dynamic from "next/dynamic";
import type { ComponentType } from "react";
import type { GenerationMode } from "@/lib/providers";
import type { StudioActions, StudioProps } from "@/lib/studio/types";
import { AfterHydration } from "../form/after-hydration";
import { FormSkeleton } from "../form/form-skeleton";
import type { ModeEditor } from "./mode-editor";

type ModeStudioProps = StudioProps & { actions: StudioActions };

/**
 * Every mode is one editor in the one shell (`GenerationForm`): provider picker, video settings,
 * live validation, draft, cost and submit. Rendered in the browser only, as the draft lives there.
 */
function studioFor<State>(loadEditor: () => Promise<ModeEditor<State>>): ComponentType<ModeStudioProps> {
  // One chunk per editor, loaded by the mode page that shows it: the text page never downloads
  // dnd-kit or the motion brush. The shell comes with it, so no page's first load carries the form.
  return dynamic(
    () =>
      Promise.all([loadEditor(), import("../form/generation-form")]).then(
        ([editor, { GenerationForm }]) =>
          function ModeEditorStudio(props: ModeStudioProps) {
            return (
              <AfterHydration fallback={<FormSkeleton />}>
                <GenerationForm {...props} editor={editor} />
              </AfterHydration>
            );
          },
      ),
    { loading: FormSkeleton },
  );
}

const STUDIOS: Record<GenerationMode, ComponentType<ModeStudioProps>> = {
  text: studioFor(() => import("./text/text-editor").then((module) => module.TEXT_EDITOR)),
  storyboard: studioFor(() => import("./storyboard/storyboard-editor").then((module) => module.STORYBOARD_EDITOR)),
  first_frame: studioFor(() => import("./frames/first-frame-editor").then((module) => module.FIRST_FRAME_EDITOR)),
  first_last: studioFor(() => import("./frames/first-last-editor").then((module) => module.FIRST_LAST_EDITOR)),
  reference: studioFor(() => import("./reference/reference-mode-editor").then((module) => module.REFERENCE_EDITOR)),
  edit: studioFor(() => import("./video/video-mode-editors").then((module) => module.EDIT_EDITOR)),
  extend: studioFor(() => import("./video/video-mode-editors").then((module) => module.EXTEND_EDITOR)),
  motion_control: studioFor(() =>
    import("./motion-control/motion-control-editor").then((module) => module.MOTION_CONTROL_EDITOR),
  ),
};

export function ModeStudio({ mode, ...props }: ModeStudioProps) {
  const Studio = STUDIOS[mode];
  return <Studio mode={mode} {...props} />;
}
