import { z } from "zod";
import type { FakeReply } from "./fake-server";

// What the Kling AI developer docs accept on each create endpoint and how they refuse, for the fake Kling
// (fake-kling.ts).
// Unknown fields are refused, so the adapter cannot send what Kling would ignore.

const image = z.string().min(1);
const url = z.string().regex(/^https?:\/\//, "must be a URL");
const ratio = z.enum(["16:9", "9:16", "1:1"]);
const seconds = z.enum(["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]);
const elementId = z.union([z.string().regex(/^\d+$/), z.number().int()]);
const common = {
  mode: z.enum(["std", "pro", "4k"]).optional(),
  duration: seconds.optional(),
  sound: z.enum(["on", "off"]).optional(),
  watermark_info: z.strictObject({ enabled: z.boolean() }).optional(),
  callback_url: z.string().optional(),
  external_task_id: z.string().optional(),
};
const multiShot = {
  multi_shot: z.boolean().optional(),
  shot_type: z.enum(["customize", "intelligence"]).optional(),
  multi_prompt: z
    .array(z.strictObject({ index: z.number().int(), prompt: z.string().max(512), duration: seconds }))
    .min(1)
    .max(6)
    .optional(),
};
const cameraControl = z.strictObject({
  type: z.enum(["simple", "down_back", "forward_up", "right_turn_forward", "left_turn_forward"]),
  config: z
    .strictObject({
      horizontal: z.number().optional(),
      vertical: z.number().optional(),
      pan: z.number().optional(),
      tilt: z.number().optional(),
      roll: z.number().optional(),
      zoom: z.number().optional(),
    })
    .optional(),
});

export const KLING_CREATE_BODIES = {
  text2video: z.strictObject({
    model_name: z.enum([
      "kling-v1",
      "kling-v1-6",
      "kling-v2-master",
      "kling-v2-1-master",
      "kling-v2-5-turbo",
      "kling-v2-6",
      "kling-v3",
    ]),
    prompt: z.string().max(2500).optional(),
    negative_prompt: z.string().max(2500).optional(),
    cfg_scale: z.number().min(0).max(1).optional(),
    aspect_ratio: ratio.optional(),
    camera_control: cameraControl.optional(),
    ...common,
    ...multiShot,
  }),
  image2video: z.strictObject({
    model_name: z.enum([
      "kling-v1",
      "kling-v1-5",
      "kling-v1-6",
      "kling-v2-master",
      "kling-v2-1",
      "kling-v2-1-master",
      "kling-v2-5-turbo",
      "kling-v2-6",
      "kling-v3",
    ]),
    image: image.optional(),
    image_tail: image.optional(),
    prompt: z.string().max(2500).optional(),
    negative_prompt: z.string().max(2500).optional(),
    element_list: z
      .array(z.strictObject({ element_id: elementId }))
      .max(3)
      .optional(),
    voice_list: z
      .array(z.strictObject({ voice_id: z.string() }))
      .max(2)
      .optional(),
    cfg_scale: z.number().min(0).max(1).optional(),
    static_mask: image.optional(),
    dynamic_masks: z
      .array(
        z.strictObject({
          mask: image,
          trajectories: z
            .array(z.strictObject({ x: z.number(), y: z.number() }))
            .min(2)
            .max(77),
        }),
      )
      .max(6)
      .optional(),
    camera_control: cameraControl.optional(),
    ...common,
    ...multiShot,
  }),
  "omni-video": z.strictObject({
    model_name: z.enum(["kling-video-o1", "kling-v3-omni"]).optional(),
    prompt: z.string().max(2500).optional(),
    image_list: z
      .array(z.strictObject({ image_url: image, type: z.enum(["first_frame", "end_frame"]).optional() }))
      .max(7)
      .optional(),
    element_list: z
      .array(z.strictObject({ element_id: elementId }))
      .max(7)
      .optional(),
    video_list: z
      .array(
        z.strictObject({
          video_url: url,
          refer_type: z.enum(["feature", "base"]).optional(),
          keep_original_sound: z.enum(["yes", "no"]).optional(),
        }),
      )
      .max(1)
      .optional(),
    aspect_ratio: ratio.optional(),
    ...common,
    ...multiShot,
  }),
  "motion-control": z.strictObject({
    model_name: z.enum(["kling-v2-6", "kling-v3"]).optional(),
    image_url: image,
    video_url: url,
    character_orientation: z.enum(["image", "video"]),
    keep_original_sound: z.enum(["yes", "no"]).optional(),
    prompt: z.string().max(2500).optional(),
    ...common,
  }),
} as const;

export type KlingCreateKind = keyof typeof KLING_CREATE_BODIES;

/** The documentation's error table: HTTP status and message per service code. */
export const KLING_ERROR_TABLE: Record<number, { status: number; message: string }> = {
  1000: { status: 401, message: "Authentication failed" },
  1001: { status: 401, message: "Authorization is empty" },
  1002: { status: 401, message: "Authorization is invalid" },
  1003: { status: 401, message: "Authorization is not yet valid" },
  1004: { status: 401, message: "Authorization has expired" },
  1100: { status: 429, message: "Account exception" },
  1101: { status: 429, message: "Account in arrears (postpaid scenario)" },
  1102: { status: 429, message: "Resource pack depleted or expired (prepaid scenario)" },
  1103: { status: 403, message: "Unauthorized access to requested resource, such as API/model" },
  1200: { status: 400, message: "Invalid request parameters" },
  1201: { status: 400, message: "Invalid parameters, such as incorrect key or illegal value" },
  1202: { status: 404, message: "The requested method is invalid" },
  1203: { status: 404, message: "The requested resource does not exist, such as the model" },
  1300: { status: 400, message: "Trigger strategy of the platform" },
  1301: { status: 400, message: "Trigger the content security policy of the platform" },
  1302: { status: 429, message: "The API request is too fast, exceeding the platform's rate limit" },
  1303: { status: 429, message: "parallel task over resource pack limit" },
  1304: { status: 429, message: "Trigger the platform's IP whitelisting policy" },
  5000: { status: 500, message: "Server internal error" },
  5001: { status: 503, message: "Server temporarily unavailable, usually due to maintenance" },
  5002: { status: 504, message: "Server internal timeout, usually due to a backlog" },
};

let requestCounter = 0;
export const requestId = () => `fake-${(++requestCounter).toString(16).padStart(8, "0")}-kling`;

/** An error answer exactly as the documentation shapes it. */
export function klingError(code: number, message = KLING_ERROR_TABLE[code]?.message ?? "error"): FakeReply {
  return { status: KLING_ERROR_TABLE[code]?.status ?? 400, json: { code, message, request_id: requestId() } };
}
