import type { DroppedSetting } from "../form/video-settings";
import type { CameraState } from "../fields/camera";
import type { EditorContext } from "./mode-editor";

/** Negative prompt and camera: the controls several modes share, kept only where the model offers them. */
export function adaptSharedControls<State extends { negativePrompt: string; camera?: CameraState }>(
  state: State,
  { model }: EditorContext,
): { state: State; dropped: DroppedSetting[] } {
  const next = { ...state };
  const dropped: DroppedSetting[] = [];
  if (!model.negativePrompt && state.negativePrompt) {
    next.negativePrompt = "";
    dropped.push({ setting: "negativePrompt" });
  }
  if (!model.cameraControl && state.camera && state.camera.move !== "none") {
    // NO_CAMERA, written out: importing it would bring the camera module to modes without a camera.
    next.camera = { move: "none", axis: "horizontal", amount: 0 };
    dropped.push({ setting: "cameraControl" });
  }
  return { state: next, dropped };
}

/** Empty texts are left out of the request rather than sent as "". */
export const textOrUndefined = (text: string) => (text.trim() ? text : undefined);

/** The prompt and negative prompt of a request, the latter only where the model takes one. */
export function promptParts(
  state: { prompt: string; negativePrompt: string },
  { model }: Pick<EditorContext, "model">,
) {
  return {
    prompt: textOrUndefined(state.prompt),
    negativePrompt: model.negativePrompt ? textOrUndefined(state.negativePrompt) : undefined,
  };
}
