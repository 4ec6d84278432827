import type { GenerationRequestInput } from "../canonical";
import { SEED_001_OMNI_REQUESTS as OMNI, SEED_001_V26_REQUESTS as V26 } from "./seed-fixtures";

// Each request example of the Kling gateway's API reference expressed canonically, beside the body it must map to.
// Test fixtures only (wire, adapter and fake-server tests share them).

const base = { provider: "kling-gateway" } as const;
const O1 = "Kling-Video-O1";
const V2 = "Kling-V2.6";
const SIMPLE_ZOOM = {
  type: "simple",
  config: { zoom: 5, horizontal: 0, vertical: 0, pan: 0, tilt: 0, roll: 0 },
} as const;

type SeedCase = {
  name: string;
  canonical: GenerationRequestInput;
  seed: Record<string, unknown>;
  expected: Record<string, unknown>;
};

const seedCase = (
  name: string,
  canonical: Omit<GenerationRequestInput, "provider">,
  seed: Record<string, unknown>,
  expected = seed,
): SeedCase => ({
  name,
  canonical: { ...base, ...canonical },
  seed,
  expected,
});

export const SEED_001_CASES: SeedCase[] = [
  seedCase(
    "O1 text-to-video",
    { model: O1, mode: "text", prompt: OMNI.text.prompt, quality: "pro", aspectRatio: "16:9", duration: 5 },
    OMNI.text,
  ),
  // The documentation's example sends `seconds: 5` although its table says string: the adapter follows the table.
  seedCase(
    "O1 first frame",
    {
      model: O1,
      mode: "first_frame",
      prompt: OMNI.firstFrame.prompt,
      media: [{ role: "first_frame", url: OMNI.firstFrame.first_frame_url }],
      duration: 5,
    },
    OMNI.firstFrame,
    {
      ...OMNI.firstFrame,
      seconds: "5",
    },
  ),
  seedCase(
    "O1 image + element reference",
    {
      model: O1,
      mode: "reference",
      prompt: OMNI.reference.prompt,
      media: [{ role: "refer", url: OMNI.reference.reference_images[0] }],
      elements: [{ id: "146" }, { id: "145" }],
      quality: "pro",
      aspectRatio: "1:1",
      duration: 5,
    },
    OMNI.reference,
  ),
  seedCase(
    "O1 video edit",
    {
      model: O1,
      mode: "edit",
      prompt: OMNI.edit.prompt,
      media: [
        { role: "base", url: OMNI.edit.video_list[0].video_url, keepOriginalSound: true },
        { role: "refer", url: OMNI.edit.reference_images[0] },
      ],
      quality: "pro",
    },
    OMNI.edit,
  ),
  seedCase(
    "O1 style/camera reference",
    {
      model: O1,
      mode: "reference",
      prompt: OMNI.styleReference.prompt,
      media: [{ role: "feature", url: OMNI.styleReference.video_list[0].video_url }],
      elements: [{ id: "12345" }],
      quality: "pro",
      aspectRatio: "1:1",
      duration: 5,
    },
    OMNI.styleReference,
  ),
  seedCase(
    "O1 extend (next shot)",
    {
      model: O1,
      mode: "extend",
      extendDirection: "next",
      prompt: OMNI.extendNext.prompt,
      media: [{ role: "feature", url: OMNI.extendNext.video_list[0].video_url, keepOriginalSound: true }],
      quality: "pro",
    },
    OMNI.extendNext,
  ),
  seedCase(
    "V2.6 text-to-video",
    { model: V2, mode: "text", prompt: V26.text.prompt, quality: "pro", aspectRatio: "16:9", duration: 5 },
    V26.text,
  ),
  seedCase(
    "V2.6 text-to-video with sound",
    {
      model: V2,
      mode: "text",
      prompt: V26.textWithSound.prompt,
      audio: true,
      quality: "pro",
      aspectRatio: "16:9",
      duration: 5,
    },
    V26.textWithSound,
  ),
  seedCase(
    "V2.6 text-to-video, simple camera",
    {
      model: V2,
      mode: "text",
      prompt: V26.textCamera.prompt,
      quality: "pro",
      aspectRatio: "16:9",
      duration: 5,
      cameraControl: SIMPLE_ZOOM,
    },
    V26.textCamera,
  ),
  seedCase(
    "V2.6 text-to-video, preset camera",
    {
      model: V2,
      mode: "text",
      prompt: V26.textPresetCamera.prompt,
      quality: "std",
      aspectRatio: "1:1",
      duration: 5,
      cameraControl: { type: "forward_up" },
    },
    V26.textPresetCamera,
  ),
  seedCase(
    "V2.6 image-to-video",
    {
      model: V2,
      mode: "first_frame",
      prompt: V26.image.prompt,
      media: [{ role: "first_frame", url: V26.image.image }],
      quality: "pro",
      duration: 5,
    },
    V26.image,
  ),
  seedCase(
    "V2.6 first + last frame",
    {
      model: V2,
      mode: "first_last",
      prompt: V26.imageTail.prompt,
      media: [
        { role: "first_frame", url: V26.imageTail.image },
        { role: "last_frame", url: V26.imageTail.image_tail },
      ],
      quality: "pro",
      duration: 5,
    },
    V26.imageTail,
  ),
  seedCase(
    "V2.6 image-to-video with a voice",
    {
      model: V2,
      mode: "first_frame",
      prompt: V26.imageVoice.prompt,
      media: [{ role: "first_frame", url: V26.imageVoice.image }],
      audio: true,
      voices: [{ voiceId: "voice_123" }],
      quality: "pro",
      duration: 5,
    },
    V26.imageVoice,
  ),
  seedCase(
    "V2.6 motion brush",
    {
      model: V2,
      mode: "first_frame",
      prompt: V26.imageMotionBrush.prompt,
      media: [
        { role: "first_frame", url: V26.imageMotionBrush.image },
        { role: "mask", url: V26.imageMotionBrush.static_mask },
        { role: "mask", url: V26.imageMotionBrush.dynamic_masks[0].mask },
      ],
      motionBrush: {
        staticMask: 1,
        dynamicMasks: [
          {
            mask: 2,
            trajectory: [
              { x: 100, y: 200 },
              { x: 300, y: 400 },
            ],
          },
        ],
      },
      quality: "pro",
      duration: 5,
    },
    V26.imageMotionBrush,
  ),
  seedCase(
    "V2.6 image-to-video, simple camera",
    {
      model: V2,
      mode: "first_frame",
      prompt: V26.imageCamera.prompt,
      media: [{ role: "first_frame", url: V26.imageCamera.image }],
      quality: "pro",
      duration: 5,
      cameraControl: SIMPLE_ZOOM,
    },
    V26.imageCamera,
  ),
  seedCase(
    "V2.6 motion control",
    {
      model: V2,
      mode: "motion_control",
      media: [
        { role: "character", url: V26.motion.image_url },
        { role: "action", url: V26.motion.video_url },
      ],
      quality: "pro",
      characterOrientation: "video",
    },
    V26.motion,
  ),
  seedCase(
    "V2.6 motion control with a prompt",
    {
      model: V2,
      mode: "motion_control",
      prompt: V26.motionWithPrompt.prompt,
      media: [
        { role: "character", url: V26.motionWithPrompt.image_url },
        { role: "action", url: V26.motionWithPrompt.video_url, keepOriginalSound: true },
      ],
      quality: "pro",
      characterOrientation: "video",
    },
    V26.motionWithPrompt,
  ),
  seedCase(
    "V2.6 motion control facing as in the image",
    {
      model: V2,
      mode: "motion_control",
      media: [
        { role: "character", url: V26.motionImageOrientation.image_url },
        { role: "action", url: V26.motionImageOrientation.video_url, keepOriginalSound: false },
      ],
      quality: "std",
      characterOrientation: "image",
    },
    V26.motionImageOrientation,
  ),
];
