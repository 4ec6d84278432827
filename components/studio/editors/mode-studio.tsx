"use client";

import dynamic from "next/dynamic";
import type { ComponentType } from "react";
import { FormSkeleton } from "../form/form-skeleton";
import type { StudioProps } from "../types";
import type { EditorMode } from "./editor-modes";

// One chunk per editor, loaded by the mode page that shows it: the text page never downloads dnd-kit.
const STUDIOS: Record<EditorMode, ComponentType<StudioProps>> = {
  text: dynamic(() => import("./text/text-studio").then((module) => module.TextStudio), { loading: FormSkeleton }),
  storyboard: dynamic(() => import("./storyboard/storyboard-studio").then((module) => module.StoryboardStudio), { loading: FormSkeleton }),
};

export function ModeStudio({ mode, ...props }: StudioProps & { mode: EditorMode }) {
  const Studio = STUDIOS[mode];
  return <Studio mode={mode} {...props} />;
}
