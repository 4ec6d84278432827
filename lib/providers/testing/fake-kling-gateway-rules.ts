import { z } from "zod";

// What the fake Kling gateway accepts on POST /v1/videos: the Kling gateway's API reference: its fields per route and its rules.
// The real gateway passes unknown fields through to Kling, which refuses what it does not know; the
// fake refuses them at once (strict objects), so a misspelt field fails a test instead of vanishing.

const URL_PATTERN = /^https?:\/\/\S+$/;
const BARE_BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
/** An image: http(s) URL or Base64 without the data: prefix (Kling's own form). */
const image = z
  .string()
  .refine(
    (value) => URL_PATTERN.test(value) || BARE_BASE64.test(value),
    "must be an image URL or Base64 without a data: prefix",
  );
/** Motion control's image_url: the documentation says the gateway also accepts a data: prefix there. */
const characterImage = z
  .string()
  .refine(
    (value) => URL_PATTERN.test(value) || BARE_BASE64.test(value) || /^data:image\/[\w.+-]+;base64,/.test(value),
    "must be an image URL or Base64",
  );
const videoUrl = z.string().regex(URL_PATTERN, "must be a video URL");
const prompt = z.string().max(2500);
const quality = z.enum(["std", "pro"]);
const aspectRatio = z.enum(["16:9", "9:16", "1:1"]);
const yesNo = z.enum(["yes", "no"]);
const taskOptions = {
  callback_url: z.string().regex(URL_PATTERN).optional(),
  external_task_id: z.string().min(1).optional(),
};

const axis = z.number().min(-10).max(10);
const CameraControlSchema = z.strictObject({
  type: z.enum(["simple", "down_back", "forward_up", "right_turn_forward", "left_turn_forward"]),
  config: z
    .strictObject({ horizontal: axis, vertical: axis, pan: axis, tilt: axis, roll: axis, zoom: axis })
    .optional(),
});

const OmniBodySchema = z.strictObject({
  model: z.literal("Kling-Video-O1"),
  prompt: prompt.min(1),
  first_frame_url: image.optional(),
  last_frame_url: image.optional(),
  reference_images: z.array(image).optional(),
  image_list: z.array(image).optional(),
  element_list: z
    .array(z.strictObject({ element_id: z.string().regex(/^\d+$/, "element_id must be a string of digits") }))
    .optional(),
  video_list: z
    .array(
      z.strictObject({
        video_url: videoUrl,
        refer_type: z.enum(["base", "feature"]),
        keep_original_sound: yesNo.optional(),
      }),
    )
    .optional(),
  mode: quality.optional(),
  aspect_ratio: aspectRatio.optional(),
  // The table says string; the documentation's own example 2 sends the number 5, so both are taken.
  seconds: z.union([z.string().regex(/^\d+$/), z.number().int()]).optional(),
  ...taskOptions,
});

const v26Shared = {
  model: z.literal("Kling-V2.6"),
  negative_prompt: prompt.optional(),
  sound: z.enum(["on", "off"]).optional(),
  mode: quality.optional(),
  seconds: z.enum(["5", "10"]).optional(),
  camera_control: CameraControlSchema.optional(),
  ...taskOptions,
};

const V26TextBodySchema = z.strictObject({ ...v26Shared, prompt: prompt.min(1), aspect_ratio: aspectRatio.optional() });

// No cfg_scale: the documentation says V2.x models do not support it.
const V26ImageBodySchema = z.strictObject({
  ...v26Shared,
  image: image.optional(),
  image_tail: image.optional(),
  prompt: prompt.optional(),
  voice_list: z
    .array(z.strictObject({ voice_id: z.string().min(1) }))
    .max(2)
    .optional(),
  static_mask: image.optional(),
  dynamic_masks: z
    .array(
      z.strictObject({
        mask: image,
        trajectories: z
          .array(z.strictObject({ x: z.number().int(), y: z.number().int() }))
          .min(2)
          .max(77),
      }),
    )
    .max(6)
    .optional(),
});

const V26MotionBodySchema = z.strictObject({
  model: z.literal("Kling-V2.6"),
  action_control: z.literal(true),
  image_url: characterImage,
  video_url: videoUrl,
  mode: quality,
  character_orientation: z.enum(["image", "video"]),
  prompt: prompt.optional(),
  keep_original_sound: yesNo.optional(),
  ...taskOptions,
});

export type FakeCreateBody = {
  model: string;
  prompt?: string;
  seconds?: string | number;
  mode?: string;
  callback_url?: string;
  external_task_id?: string;
};
export type Route = "omni" | "text_to_video" | "image_to_video" | "motion_control";

/** The Kling gateway's API reference: routing: by model, then for Kling-V2.6 action_control → image/image_tail → text. */
export function routeOf(body: Record<string, unknown>): Route | undefined {
  if (body.model === "Kling-Video-O1") return "omni";
  if (body.model !== "Kling-V2.6") return undefined;
  if (body.action_control === true) return "motion_control";
  return body.image !== undefined || body.image_tail !== undefined ? "image_to_video" : "text_to_video";
}

function omniRefusal(body: z.infer<typeof OmniBodySchema>): string | undefined {
  const videos = body.video_list ?? [];
  const elements = body.element_list?.length ?? 0;
  // Native image_list wins over the flat fields when both are sent.
  const [firstFrame, lastFrame, references] = body.image_list
    ? [undefined, undefined, body.image_list]
    : [body.first_frame_url, body.last_frame_url, body.reference_images ?? []];
  const images = references.length + (firstFrame ? 1 : 0) + (lastFrame ? 1 : 0);
  const hasBase = videos.some((video) => video.refer_type === "base");
  if (lastFrame && !firstFrame) return "last_frame_url requires first_frame_url";
  if (lastFrame && images > 2) return "last frame is not supported with more than 2 images";
  if (videos.length > 1) return "at most 1 video is supported";
  if (images + elements > (videos.length ? 4 : 7)) return `images + elements must be <= ${videos.length ? 4 : 7}`;
  if (hasBase && (firstFrame || lastFrame)) return "first/last frame cannot be used with refer_type base";
  if (body.seconds !== undefined) {
    const seconds = Number(body.seconds);
    if (hasBase) return "seconds cannot be set for video editing: the output matches the input video";
    const textOrFirstFrame = videos.length === 0 && !lastFrame && references.length === 0 && elements === 0;
    if (textOrFirstFrame ? seconds !== 5 && seconds !== 10 : seconds < 3 || seconds > 10)
      return textOrFirstFrame ? "seconds must be 5 or 10" : "seconds must be 3-10";
  }
  if (body.aspect_ratio && (hasBase || firstFrame))
    return "aspect_ratio is not supported for video editing or image-to-video";
  if (!body.aspect_ratio && !firstFrame && videos.length === 0) return "aspect_ratio is required without a first frame";
  return undefined;
}

function cameraRefusal(control: z.infer<typeof CameraControlSchema> | undefined): string | undefined {
  if (!control) return undefined;
  if (control.type !== "simple")
    return control.config ? `camera_control.config is not allowed for type ${control.type}` : undefined;
  if (!control.config) return "camera_control.config is required for type simple";
  return Object.values(control.config).filter((value) => value !== 0).length === 1
    ? undefined
    : "camera_control.config must have exactly one non-zero value";
}

function imageRefusal(body: z.infer<typeof V26ImageBodySchema>): string | undefined {
  const masks = body.static_mask !== undefined || body.dynamic_masks !== undefined;
  const groups = [body.image_tail !== undefined, masks, body.camera_control !== undefined].filter(Boolean).length;
  if (groups > 1) return "image+image_tail, static_mask/dynamic_masks and camera_control cannot be used together";
  if (body.voice_list?.length && body.sound !== "on") return "voice_list requires sound to be on";
  return cameraRefusal(body.camera_control);
}

type Verdict = { reason: string } | { route: Route; body: FakeCreateBody };

function check<T extends FakeCreateBody>(
  route: Route,
  schema: z.ZodType<T>,
  body: unknown,
  refusal: (data: T) => string | undefined,
): Verdict {
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    return {
      reason: parsed.error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`).join("; "),
    };
  const reason = refusal(parsed.data);
  return reason ? { reason } : { route, body: parsed.data };
}

/** The gateway's verdict on a create body: the route it takes, or why it is refused. */
export function createVerdict(body: unknown): Verdict {
  if (typeof body !== "object" || body === null) return { reason: "request body must be a JSON object" };
  const route = routeOf(body as Record<string, unknown>);
  if (route === "omni") return check(route, OmniBodySchema, body, omniRefusal);
  if (route === "image_to_video") return check(route, V26ImageBodySchema, body, imageRefusal);
  if (route === "text_to_video")
    return check(route, V26TextBodySchema, body, (data) => cameraRefusal(data.camera_control));
  if (route === "motion_control") return check(route, V26MotionBodySchema, body, () => undefined);
  return { reason: `model ${String((body as { model?: unknown }).model)} is not supported` };
}
