"use client";

import { promptParts } from "../common";
import { adaptMediaMode } from "../media-state";
import type { ModeEditor, ModeEditorProps } from "../mode-editor";
import { VIDEO_MODE_FIELD_KEYS, VideoModeFields, type VideoModeState } from "./video-mode-fields";

/** The editor of edit or extend: the same state and fields, told apart by the input video's role. */
function videoModeEditor(kind: "edit" | "extend"): ModeEditor<VideoModeState> {
  const role = kind === "edit" ? "base" : "feature";
  function Fields(props: ModeEditorProps<VideoModeState>) {
    return <VideoModeFields {...props} kind={kind} />;
  }
  return {
    loadStateSchema: () => import("../../form/state-schemas").then((schemas) => schemas.VideoModeStateSchema),
    initialState: (_context, source) => ({
      prompt: source?.prompt ?? "",
      negativePrompt: source?.negativePrompt ?? "",
      media: source?.media.filter((item) => item.role === role || (kind === "edit" && item.role === "refer")) ?? [],
      elements: kind === "edit" ? (source?.elements ?? []) : [],
      // Extend must say which shot to add; the next one is the usual wish.
      extendDirection: kind === "extend" ? (source?.extendDirection ?? "next") : undefined,
    }),
    adaptToModel: adaptMediaMode,
    toRequest: (state, { model }) => ({
      ...promptParts(state, { model }),
      media: state.media,
      elements: state.elements,
      extendDirection: state.extendDirection,
    }),
    fieldKeys: () => VIDEO_MODE_FIELD_KEYS,
    Editor: Fields,
  };
}

export const EDIT_EDITOR = videoModeEditor("edit");
export const EXTEND_EDITOR = videoModeEditor("extend");
