import type { GenerationMode } from "@/lib/db/generated/enums";

/** How each generation mode is introduced to creators. */
export const MODE_CATALOG: Record<GenerationMode, { title: string; summary: string }> = {
  text: { title: "Text to video", summary: "Describe a scene; choose ratio, length, quality, audio and camera moves." },
  storyboard: { title: "Storyboard", summary: "Up to six shots with their own prompts and durations, or let the model split one prompt." },
  first_frame: { title: "First frame", summary: "Bring a still image to life from its first frame." },
  first_last: { title: "First + last frame", summary: "Give the opening and closing frames; the model finds the motion between." },
  reference: { title: "Reference", summary: "Reference images, library elements and a feature video guide the result." },
  edit: { title: "Edit video", summary: "Change an existing clip with an instruction, optionally with reference images." },
  extend: { title: "Extend", summary: "Generate the next or the previous shot of a video." },
  motion_control: { title: "Motion control", summary: "A character image performs the motion of an action video." },
};
