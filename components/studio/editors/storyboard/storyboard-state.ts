import type { GenerationRequest } from "@/lib/providers";
import type { DroppedSetting, VideoSettings } from "../../form/video-settings";
import { adaptSharedControls, textOrUndefined } from "../common";
import type { EditorContext, EditorRequestPart } from "../mode-editor";
import { rescaleDurations, splitEvenly } from "./timeline";

export type { ShotDraft, StoryboardState } from "../../form/state-schemas";
import type { StoryboardState } from "../../form/state-schemas";

/** Stable keys for React and dnd-kit; never sent. */
export const newShotId = () => `shot-${Math.random().toString(36).slice(2, 10)}`;

export const maxShots = ({ model }: EditorContext) => (model.storyboard ? model.storyboard.maxShots : 1);
const splitsOf = ({ model }: EditorContext) => (model.storyboard ? model.storyboard.splits : ["custom" as const]);

export function initialStoryboard(context: EditorContext, source?: GenerationRequest): StoryboardState {
  const sourceShots = source?.storyboard?.shots ?? [];
  const shots = sourceShots.length
    ? sourceShots.map((shot) => ({ id: newShotId(), prompt: shot.prompt, duration: shot.duration }))
    : splitEvenly(context.settings.duration, 2).map((duration) => ({ id: newShotId(), prompt: "", duration }));
  const preferred = source?.storyboard?.split ?? "custom";
  const splits = splitsOf(context);
  return {
    split: splits.includes(preferred) ? preferred : (splits[0] ?? "custom"),
    prompt: source?.prompt ?? "",
    negativePrompt: source?.negativePrompt ?? "",
    shots,
  };
}

/** Fewer shots or another split where the new model demands it; the rest carries over. */
export function adaptStoryboard(
  state: StoryboardState,
  context: EditorContext,
): { state: StoryboardState; dropped: DroppedSetting[] } {
  const shared = adaptSharedControls(state, context);
  const next = { ...shared.state };
  const dropped = [...shared.dropped];
  const limit = maxShots(context);
  if (state.shots.length > limit) {
    next.shots = state.shots.slice(0, limit);
    dropped.push({ setting: "shots", from: String(state.shots.length), to: String(limit) });
  }
  const splits = splitsOf(context);
  if (!splits.includes(state.split) && splits[0]) {
    next.split = splits[0];
    dropped.push({ setting: "split", from: state.split, to: splits[0] });
  }
  return { state: next, dropped };
}

export function storyboardToRequest(state: StoryboardState, { model }: EditorContext): EditorRequestPart {
  const negativePrompt = model.negativePrompt ? textOrUndefined(state.negativePrompt) : undefined;
  if (state.split === "intelligent") {
    return {
      prompt: textOrUndefined(state.prompt),
      negativePrompt,
      storyboard: { multiShot: true, split: "intelligent", shots: [] },
    };
  }
  return {
    negativePrompt,
    storyboard: {
      multiShot: true,
      split: "custom",
      shots: state.shots.map(({ prompt, duration }) => ({ prompt, duration })),
    },
  };
}

export function storyboardFieldKeys(state: StoryboardState): string[] {
  const shotKeys = state.shots.flatMap((_, index) => [
    `storyboard.shots.${index}.prompt`,
    `storyboard.shots.${index}.duration`,
  ]);
  return ["storyboard", "storyboard.shots", "prompt", "negativePrompt", ...shotKeys];
}

/** A new total length rescales the shots in proportion, so they keep adding up. */
export function adaptStoryboardToSettings(
  state: StoryboardState,
  previous: VideoSettings,
  next: VideoSettings,
): StoryboardState {
  if (previous.duration === next.duration || !next.duration) return state;
  const durations = rescaleDurations(
    state.shots.map((shot) => shot.duration),
    next.duration,
  );
  return { ...state, shots: state.shots.map((shot, index) => ({ ...shot, duration: durations[index]! })) };
}
