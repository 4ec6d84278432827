"use client";

import dynamic from "next/dynamic";
import type { ComponentType } from "react";
import type { GenerationMode } from "@/lib/providers";
import { FormSkeleton } from "../form/form-skeleton";
import type { StudioProps } from "@/lib/studio/types";

// One chunk per editor, loaded by the mode page that shows it: the text page never downloads dnd-kit
// or the motion brush.
const STUDIOS: Record<GenerationMode, ComponentType<StudioProps>> = {
  text: dynamic(() => import("./text/text-studio").then((module) => module.TextStudio), { loading: FormSkeleton }),
  storyboard: dynamic(() => import("./storyboard/storyboard-studio").then((module) => module.StoryboardStudio), {
    loading: FormSkeleton,
  }),
  first_frame: dynamic(() => import("./frames/first-frame-editor").then((module) => module.FirstFrameStudio), {
    loading: FormSkeleton,
  }),
  first_last: dynamic(() => import("./frames/first-last-editor").then((module) => module.FirstLastStudio), {
    loading: FormSkeleton,
  }),
  reference: dynamic(() => import("./reference/reference-mode-editor").then((module) => module.ReferenceStudio), {
    loading: FormSkeleton,
  }),
  edit: dynamic(() => import("./video/video-mode-editors").then((module) => module.EditStudio), {
    loading: FormSkeleton,
  }),
  extend: dynamic(() => import("./video/video-mode-editors").then((module) => module.ExtendStudio), {
    loading: FormSkeleton,
  }),
  motion_control: dynamic(
    () => import("./motion-control/motion-control-editor").then((module) => module.MotionControlStudio),
    { loading: FormSkeleton },
  ),
};

export function ModeStudio({ mode, ...props }: StudioProps) {
  const Studio = STUDIOS[mode];
  return <Studio mode={mode} {...props} />;
}
