import { MEDIA_ROLE_KIND, type GenerationRequest } from "../canonical";
import { checkVideo, countRole, mediaWithRole, type ViolationList } from "../validation";
import { KLING_GATEWAY_LIMITS, KLING_OMNI_VIDEO_RULES } from "./capabilities";
import { EXTEND_DIRECTION_WORDS } from "./wire";

// Kling-Video-O1's rules from the Kling gateway's API reference "参数限制规则". Rules the canonical schema already guarantees
// (no last frame without a first frame, no frames with a base video) are not repeated here.

const MAX_ELEMENT_ID = 2n ** 64n - 1n;
const ELEMENT_MODES = new Set(["first_frame", "first_last", "reference", "edit"]);
const PROMPT_REFERENCE = /<<<(image|element|video)_(\d+)>>>/g;

export function checkOmniRequest(list: ViolationList, request: GenerationRequest): void {
  checkMediaCounts(list, request);
  checkElements(list, request);
  mediaWithRole(request, "base")
    .concat(mediaWithRole(request, "feature"))
    .forEach(({ item, index }) => checkVideo(list, item, index, KLING_OMNI_VIDEO_RULES));

  const prompt = request.prompt?.trim() ?? "";
  // Extensions get the documentation's sentence when the prompt is empty (see wire.ts); every other mode needs one.
  if (!prompt && request.mode !== "extend")
    list.error("prompt", "prompt_required", `A prompt is required for Kling O1 ${request.mode} generation.`);
  if (request.mode === "extend" && request.extendDirection) {
    const opposite = request.extendDirection === "next" ? "previous" : "next";
    if (EXTEND_DIRECTION_WORDS[opposite].test(prompt)) {
      list.error(
        "prompt",
        "extend_direction_conflict",
        `The prompt asks for the ${opposite} shot but the extension is set to the ${request.extendDirection} one.`,
      );
    }
  }
  checkPromptReferences(list, request, prompt);
}

function checkMediaCounts(list: ViolationList, request: GenerationRequest) {
  for (const role of ["first_frame", "last_frame"] as const) {
    mediaWithRole(request, role)
      .slice(1)
      .forEach(({ index }) =>
        list.error(`media[${index}]`, "media_count", `Only one ${role.replace("_", " ")} image is allowed.`, {
          role,
          max: 1,
        }),
      );
  }
  request.media
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => MEDIA_ROLE_KIND[item.role] === "video")
    .slice(1)
    .forEach(({ index }) => list.error(`media[${index}]`, "video_count", "Kling O1 takes at most one video."));

  const images = request.media.filter((item) => MEDIA_ROLE_KIND[item.role] === "image").length;
  if (countRole(request, "last_frame") > 0 && images > KLING_GATEWAY_LIMITS.imagesWithLastFrame) {
    list.error(
      "media",
      "last_frame_with_many_images",
      `A last frame cannot be used with more than ${KLING_GATEWAY_LIMITS.imagesWithLastFrame} images; this request has ${images}.`,
    );
  }
  const hasVideo = request.media.some((item) => MEDIA_ROLE_KIND[item.role] === "video");
  const max = hasVideo ? KLING_GATEWAY_LIMITS.referencesWithVideo : KLING_GATEWAY_LIMITS.referencesWithoutVideo;
  const total = images + request.elements.length;
  if (total > max) {
    list.error(
      "media",
      "too_many_references",
      `At most ${max} images and elements together are allowed${hasVideo ? " with a video" : ""}; this request has ${total}.`,
      { max, count: total },
    );
  }
}

function checkElements(list: ViolationList, request: GenerationRequest) {
  if (request.elements.length === 0) return;
  if (!ELEMENT_MODES.has(request.mode)) {
    list.error(
      "elements",
      "elements_not_allowed",
      `Elements cannot be used in ${request.mode} mode; use reference mode to build on elements.`,
    );
  }
  request.elements.forEach((element, index) => {
    // Element ids are unsigned 64-bit integers: sent as strings, so they may exceed 2^53.
    if (!/^\d{1,20}$/.test(element.id) || BigInt(element.id) > MAX_ELEMENT_ID) {
      list.error(
        `elements[${index}].id`,
        "element_id_invalid",
        `Element id "${element.id}" is not a Kling element id (a whole number).`,
      );
    }
  });
}

/** The Kling gateway's API reference: <<<image_N>>>, <<<element_N>>>, <<<video_1>>> name the Nth item of their list, from 1. */
function checkPromptReferences(list: ViolationList, request: GenerationRequest, prompt: string) {
  const available = {
    image: request.media.filter((item) => MEDIA_ROLE_KIND[item.role] === "image").length,
    element: request.elements.length,
    video: request.media.filter((item) => MEDIA_ROLE_KIND[item.role] === "video").length,
  };
  for (const [reference, kind, number] of prompt.matchAll(PROMPT_REFERENCE)) {
    const count = available[kind as keyof typeof available];
    const n = Number(number);
    if (n < 1 || n > count) {
      list.error(
        "prompt",
        "prompt_reference_unknown",
        `The prompt mentions ${reference} but the request has ${count} ${kind}${count === 1 ? "" : "s"}.`,
      );
    }
  }
}
