import { z } from "zod";

// What the Kling AI developer docs accept on each create endpoint, for the fake Kling (fake-kling.ts).
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
