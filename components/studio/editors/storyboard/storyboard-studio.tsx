"use client";

import { AfterHydration } from "../../form/after-hydration";
import { FormSkeleton } from "../../form/form-skeleton";
import { GenerationForm } from "../../form/generation-form";
import type { StudioProps } from "@/lib/studio/types";
import { STORYBOARD_EDITOR } from "./storyboard-editor";

export function StoryboardStudio(props: StudioProps) {
  return (
    <AfterHydration fallback={<FormSkeleton />}>
      <GenerationForm {...props} editor={STORYBOARD_EDITOR} />
    </AfterHydration>
  );
}
