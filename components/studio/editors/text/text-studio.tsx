"use client";

import { AfterHydration } from "../../form/after-hydration";
import { FormSkeleton } from "../../form/form-skeleton";
import { GenerationForm } from "../../form/generation-form";
import type { StudioProps } from "@/lib/studio/types";
import { TEXT_EDITOR } from "./text-editor";

export function TextStudio(props: StudioProps) {
  return (
    <AfterHydration fallback={<FormSkeleton />}>
      <GenerationForm {...props} editor={TEXT_EDITOR} />
    </AfterHydration>
  );
}
