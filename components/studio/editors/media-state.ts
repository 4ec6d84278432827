import * as z from "zod/mini";
import type { ElementRef, MotionBrush, Voice } from "@/lib/providers";
import type { MediaItem, MediaRole } from "@/lib/providers";
import { adaptSharedControls } from "./common";
import type { EditorContext } from "./mode-editor";

// Draft schemas of the media modes, in zod/mini with local lists: the canonical schema modules
// would put all of zod into every studio page. Drafts hold references (`asset:<id>`), never files.

const MEDIA_ROLES = [
  "first_frame",
  "last_frame",
  "refer",
  "base",
  "feature",
  "character",
  "action",
  "mask",
] as const satisfies readonly MediaRole[];

export const MediaItemStateSchema = z.object({
  role: z.enum(MEDIA_ROLES),
  url: z.string(),
  keepOriginalSound: z.optional(z.boolean()),
  metadata: z.optional(
    z.object({
      width: z.optional(z.number()),
      height: z.optional(z.number()),
      durationSeconds: z.optional(z.number()),
      fps: z.optional(z.number()),
      sizeBytes: z.optional(z.number()),
      format: z.optional(z.string()),
      hasAlpha: z.optional(z.boolean()),
    }),
  ),
}) satisfies z.ZodMiniType<MediaItem>;

export const ElementStateSchema = z.object({
  id: z.string(),
  name: z.optional(z.string()),
  description: z.optional(z.string()),
  imageUrls: z.optional(z.array(z.string())),
}) satisfies z.ZodMiniType<ElementRef>;

export const VoiceStateSchema = z.object({ voiceId: z.string() }) satisfies z.ZodMiniType<Voice>;

const PointSchema = z.object({ x: z.number(), y: z.number() });
export const MotionBrushStateSchema = z.object({
  staticMask: z.optional(z.int()),
  dynamicMasks: z.array(z.object({ mask: z.int(), trajectory: z.array(PointSchema) })),
}) satisfies z.ZodMiniType<MotionBrush>;

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
