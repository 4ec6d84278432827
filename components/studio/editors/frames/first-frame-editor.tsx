"use client";

import { cameraFromRequest, cameraToRequest } from "../../fields/camera";
import type { DroppedSetting } from "../../form/video-settings";
import { adaptSharedControls, textOrUndefined } from "../common";
import { mediaForRoles } from "../media-state";
import type { EditorContext, ModeEditor } from "../mode-editor";
import { FirstFrameFields } from "./first-frame-fields";
import type { FirstFrameState } from "./first-frame-state";
import { motionGuides, offersVoices } from "./motion-guide";

const withoutBrush = (state: FirstFrameState): FirstFrameState => ({
  ...state,
  media: state.media.filter((item) => item.role !== "mask"),
  motionBrush: undefined,
});

function adaptFirstFrame(
  state: FirstFrameState,
  context: EditorContext,
): { state: FirstFrameState; dropped: DroppedSetting[] } {
  const shared = adaptSharedControls(state, context);
  let next = { ...shared.state, media: mediaForRoles(shared.state.media, context.modeCaps.media) };
  const dropped = [...shared.dropped];
  if (next.elements?.length && !context.modeCaps.elements) {
    next = { ...next, elements: [] };
    dropped.push({ setting: "elements" });
  }
  const guides = motionGuides(context);
  if (!guides.includes(next.guide)) {
    if (next.guide === "brush") dropped.push({ setting: "motionBrush" });
    next = { ...withoutBrush(next), guide: "prompt" };
  }
  const maxVoices = offersVoices(context) && context.model.voices ? context.model.voices.max : 0;
  if (next.voices.length > maxVoices) {
    next = { ...next, voices: next.voices.slice(0, maxVoices) };
    dropped.push({ setting: "voices" });
  }
  return { state: next, dropped };
}

export const FIRST_FRAME_EDITOR: ModeEditor<FirstFrameState> = {
  loadStateSchema: () => import("../../form/state-schemas").then((schemas) => schemas.FirstFrameStateSchema),
  initialState: (_context, source) => ({
    prompt: source?.prompt ?? "",
    negativePrompt: source?.negativePrompt ?? "",
    guide: source?.motionBrush ? "brush" : source?.cameraControl ? "camera" : "prompt",
    camera: cameraFromRequest(source?.cameraControl),
    media: source?.media.filter((item) => item.role === "first_frame" || item.role === "mask") ?? [],
    motionBrush: source?.motionBrush,
    voices: source?.voices ?? [],
    elements: source?.elements ?? [],
  }),
  adaptToModel: adaptFirstFrame,
  toRequest: (state, context) => {
    // Only the chosen guide is sent; the other's settings stay in the form in case the creator switches back.
    const sent = state.guide === "brush" ? state : withoutBrush(state);
    return {
      prompt: textOrUndefined(state.prompt),
      negativePrompt: context.model.negativePrompt ? textOrUndefined(state.negativePrompt) : undefined,
      media: sent.media,
      motionBrush: sent.motionBrush,
      cameraControl: state.guide === "camera" ? cameraToRequest(state.camera) : undefined,
      voices: offersVoices(context) ? state.voices : [],
      elements: context.modeCaps.elements ? (state.elements ?? []) : [],
    };
  },
  fieldKeys: () => ["prompt", "negativePrompt", "media", "elements", "cameraControl", "motionBrush", "voices"],
  Editor: FirstFrameFields,
};
