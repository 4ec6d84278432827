import type { ElementRef } from "@/lib/providers";
import type { MediaItem, MediaRole } from "@/lib/providers";
import { adaptSharedControls } from "./common";
import type { EditorContext } from "./mode-editor";

/** The media a mode keeps after a change of model: only roles the new mode capabilities accept. */
export function mediaForRoles(media: readonly MediaItem[], accepted: Partial<Record<MediaRole, unknown>>): MediaItem[] {
  return media.filter((item) => accepted[item.role] !== undefined);
}

/** After a change of model, in a media mode: shared controls, then media and elements, with what was dropped. */
export function adaptMediaMode<State extends { negativePrompt: string; media: MediaItem[]; elements?: ElementRef[] }>(
  state: State,
  context: EditorContext,
) {
  const shared = adaptSharedControls(state, context);
  const offered = keepOffered(shared.state, context.modeCaps);
  return { state: offered.state, dropped: [...shared.dropped, ...offered.dropped] };
}

/** After a change of model: media of roles and elements the new mode does not take are dropped, and said so. */
export function keepOffered<State extends { media: MediaItem[]; elements?: ElementRef[] }>(
  state: State,
  modeCaps: { media: Partial<Record<MediaRole, unknown>>; elements?: unknown },
): { state: State; dropped: { setting: "media" | "elements" }[] } {
  const media = mediaForRoles(state.media, modeCaps.media);
  const elements = state.elements && !modeCaps.elements ? [] : state.elements;
  return {
    state: { ...state, media, ...(elements ? { elements } : {}) },
    dropped: [
      ...(media.length < state.media.length ? [{ setting: "media" as const }] : []),
      ...(elements && state.elements && elements.length < state.elements.length
        ? [{ setting: "elements" as const }]
        : []),
    ],
  };
}
