import { z } from "zod";
import { PROVIDERS } from "./ids";
import {
  CameraControlSchema,
  ElementRefSchema,
  MotionBrushSchema,
  StoryboardSchema,
  VoiceSchema,
} from "./schema/controls";
import { MEDIA_ROLE_KIND, MediaItemSchema, type MediaRole } from "./schema/media";
import { TEXT_LIMITS, textSchema } from "./schema/text";
import { issuesToViolations, type Violation, type ViolationParams } from "./violations";

export * from "./schema/controls";
export * from "./schema/media";
export * from "./schema/text";

/**
 * What a generation does, decided by its inputs:
 * - text: prompt only; storyboard: text with several shots (custom or intelligent split);
 * - first_frame / first_last: animate from a first frame (and towards a last frame);
 * - reference: reference images, elements, a feature video, or a feature video with a first frame;
 * - edit: change a base video (optionally with reference images and elements);
 * - extend: the next or previous shot of a feature video;
 * - motion_control: a character image performs the motion of an action video.
 */
export const GENERATION_MODES = [
  "text",
  "storyboard",
  "first_frame",
  "first_last",
  "reference",
  "edit",
  "extend",
  "motion_control",
] as const;
export const GenerationModeSchema = z.enum(GENERATION_MODES);
export type GenerationMode = z.infer<typeof GenerationModeSchema>;

export const QUALITIES = ["std", "pro", "4k"] as const;
export type Quality = (typeof QUALITIES)[number];

export const ASPECT_RATIOS = ["16:9", "9:16", "1:1"] as const;
export type AspectRatio = (typeof ASPECT_RATIOS)[number];

/** Media roles each mode may use, and the roles it cannot do without. Holds for every provider. */
export const MODE_MEDIA: Record<GenerationMode, { allowed: readonly MediaRole[]; required: readonly MediaRole[] }> = {
  text: { allowed: [], required: [] },
  storyboard: { allowed: [], required: [] },
  first_frame: { allowed: ["first_frame", "mask"], required: ["first_frame"] },
  first_last: { allowed: ["first_frame", "last_frame"], required: ["first_frame", "last_frame"] },
  reference: { allowed: ["refer", "feature", "first_frame"], required: [] },
  edit: { allowed: ["base", "refer"], required: ["base"] },
  extend: { allowed: ["feature"], required: ["feature"] },
  motion_control: { allowed: ["character", "action"], required: ["character", "action"] },
};

const GenerationRequestShape = z.strictObject({
  provider: z.enum(PROVIDERS),
  model: textSchema(TEXT_LIMITS.name).min(1),
  mode: GenerationModeSchema,
  prompt: textSchema(TEXT_LIMITS.prompt).optional(),
  negativePrompt: textSchema(TEXT_LIMITS.prompt).optional(),
  media: z.array(MediaItemSchema).default([]),
  elements: z.array(ElementRefSchema).default([]),
  storyboard: StoryboardSchema.optional(),
  /** extend only: generate the shot after or before the feature video. */
  extendDirection: z.enum(["next", "previous"]).optional(),
  /** motion_control only: whether the character faces as in the image or follows the action video. */
  characterOrientation: z.enum(["image", "video"]).optional(),
  cameraControl: CameraControlSchema.optional(),
  motionBrush: MotionBrushSchema.optional(),
  voices: z.array(VoiceSchema).max(2).default([]),
  quality: z.enum(QUALITIES).optional(),
  aspectRatio: z.enum(ASPECT_RATIOS).optional(),
  /** Whole seconds. Absent: the provider's default. */
  duration: z.number().int().positive().optional(),
  audio: z.boolean().optional(),
  watermark: z.boolean().optional(),
});

type Shape = z.infer<typeof GenerationRequestShape>;

function issue(
  ctx: z.core.$RefinementCtx<Shape>,
  path: (string | number)[],
  rule: string,
  message: string,
  params?: ViolationParams,
) {
  ctx.addIssue({ code: "custom", path, message, params: { ...params, rule } });
}

/** Rules that follow from the meaning of a mode and hold for every provider. */
function checkModeConsistency(request: Shape, ctx: z.core.$RefinementCtx<Shape>) {
  const { allowed, required } = MODE_MEDIA[request.mode];
  request.media.forEach((item, index) => {
    if (!allowed.includes(item.role)) {
      issue(
        ctx,
        ["media", index, "role"],
        "media_role_not_allowed",
        `${ROLE_NAMES[item.role].replace(/^an? /, (article) => article[0]!.toUpperCase() + article.slice(1))} cannot be used in ${MODE_NAMES[request.mode]}.`,
      );
    }
    if (item.keepOriginalSound !== undefined && MEDIA_ROLE_KIND[item.role] !== "video") {
      issue(
        ctx,
        ["media", index, "keepOriginalSound"],
        "keep_sound_not_video",
        "Keeping the original sound only applies to videos.",
      );
    }
  });
  for (const role of required) {
    if (!request.media.some((item) => item.role === role)) {
      issue(
        ctx,
        ["media"],
        "media_role_missing",
        `${MODE_NAMES[request.mode]} needs ${request.mode === "extend" && role === "feature" ? "a video to extend" : ROLE_NAMES[role]}.`,
        { role, mode: request.mode },
      );
    }
  }
  if (
    request.mode === "reference" &&
    !request.media.some((item) => item.role === "refer" || item.role === "feature") &&
    request.elements.length === 0
  ) {
    issue(
      ctx,
      ["media"],
      "reference_missing",
      "Reference mode needs at least one reference image, element or feature video.",
    );
  }
  if (request.mode === "storyboard" && !request.storyboard?.multiShot) {
    issue(
      ctx,
      ["storyboard"],
      "storyboard_missing",
      "Storyboard mode needs a multi-shot storyboard (custom shots or intelligent split).",
    );
  }
  if ((request.mode === "extend") !== (request.extendDirection !== undefined)) {
    issue(
      ctx,
      ["extendDirection"],
      request.mode === "extend" ? "extend_direction_missing" : "extend_direction_not_allowed",
      request.mode === "extend"
        ? "Choose whether to generate the next or the previous shot."
        : "A shot direction only applies to extend mode.",
    );
  }
  if (request.characterOrientation !== undefined && request.mode !== "motion_control") {
    issue(
      ctx,
      ["characterOrientation"],
      "character_orientation_not_allowed",
      "Character orientation only applies to motion control.",
    );
  }
  checkMaskReferences(request, ctx);
}

/** Motion-brush masks point at media items of role "mask", and every mask is used. */
function checkMaskReferences(request: Shape, ctx: z.core.$RefinementCtx<Shape>) {
  const brush = request.motionBrush;
  const refs: { index: number; path: (string | number)[] }[] = [];
  if (brush?.staticMask !== undefined) refs.push({ index: brush.staticMask, path: ["motionBrush", "staticMask"] });
  brush?.dynamicMasks.forEach((dynamic, i) =>
    refs.push({ index: dynamic.mask, path: ["motionBrush", "dynamicMasks", i, "mask"] }),
  );
  for (const ref of refs) {
    if (request.media[ref.index]?.role !== "mask") {
      issue(ctx, ref.path, "mask_reference_invalid", `Mask ${ref.index} must point at a media item with role "mask".`);
    }
  }
  request.media.forEach((item, index) => {
    if (item.role === "mask" && !refs.some((ref) => ref.index === index)) {
      issue(ctx, ["media", index], "mask_unused", "This mask is not used by the motion brush.");
    }
  });
}

/** The canonical generation request every adapter accepts. camelCase; adapters map it to their wire format. */
export const GenerationRequestSchema = GenerationRequestShape.superRefine(checkModeConsistency);

/** A parsed request (defaults applied). */
export type GenerationRequest = z.infer<typeof GenerationRequestSchema>;
/** What callers may pass in (defaults optional). */
export type GenerationRequestInput = z.input<typeof GenerationRequestSchema>;

export type ParsedGenerationRequest =
  { success: true; request: GenerationRequest; violations: [] } | { success: false; violations: Violation[] };

// Named as the studio's forms label them, so a message points at the field to fill in.
const MODE_NAMES: Record<GenerationMode, string> = {
  text: "Text to video",
  storyboard: "Storyboard",
  first_frame: "First frame",
  first_last: "First + last frame",
  reference: "Reference",
  edit: "Edit video",
  extend: "Extend",
  motion_control: "Motion control",
};
const ROLE_NAMES: Record<MediaRole, string> = {
  first_frame: "a first frame (an image)",
  last_frame: "a last frame (an image)",
  refer: "a reference image",
  base: "a video to edit",
  feature: "a reference video",
  character: "a character image",
  action: "an action video",
  mask: "a motion brush mask",
};

/** Parses anything into a canonical request, reporting shape problems as violations. */
export function parseGenerationRequest(input: unknown): ParsedGenerationRequest {
  const parsed = GenerationRequestSchema.safeParse(input);
  if (parsed.success) return { success: true, request: parsed.data, violations: [] };
  return { success: false, violations: issuesToViolations(parsed.error.issues) };
}
