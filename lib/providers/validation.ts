import type { GenerationRequest } from "./canonical";
import type { MediaItem, MediaRole } from "./schema/media";
import type { ImageRules, VideoRules } from "./capabilities";
import type { ViolationList } from "./violations";

export * from "./violations";
export type { ImageRules, VideoRules } from "./capabilities";

/** Media items of one role with their index in `request.media`, for precise violation paths. */
export function mediaWithRole(request: GenerationRequest, role: MediaRole): { item: MediaItem; index: number }[] {
  return request.media.flatMap((item, index) => (item.role === role ? [{ item, index }] : []));
}

export function countRole(request: GenerationRequest, role: MediaRole): number {
  return request.media.filter((item) => item.role === role).length;
}

const MB = 1024 * 1024;
const mb = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`;

/** Checks an image against provider rules, only for the facts its metadata knows. */
export function checkImage(list: ViolationList, item: MediaItem, index: number, rules: ImageRules): void {
  const meta = item.metadata;
  if (!meta) return;
  const path = `media[${index}]`;
  if (meta.format && !rules.formats.includes(meta.format)) {
    list.error(
      `${path}.metadata.format`,
      "image_format",
      `The ${item.role} image must be ${rules.formats.join(", ")}, not ${meta.format}.`,
    );
  }
  if (meta.hasAlpha && !rules.allowAlpha) {
    list.error(
      `${path}.metadata.hasAlpha`,
      "image_alpha",
      `The ${item.role} image must not have a transparent background.`,
    );
  }
  for (const side of ["width", "height"] as const) {
    const value = meta[side];
    if (value !== undefined && (value < rules.minSide || value > rules.maxSide)) {
      list.error(
        `${path}.metadata.${side}`,
        "image_size",
        `The ${item.role} image ${side} is ${value} px; it must be between ${rules.minSide} and ${rules.maxSide} px.`,
      );
    }
  }
  if (meta.width && meta.height) {
    const ratio = meta.width / meta.height;
    if (ratio < rules.minAspect || ratio > rules.maxAspect) {
      list.error(
        `${path}.metadata`,
        "image_aspect_ratio",
        `The ${item.role} image is ${meta.width}×${meta.height}; its aspect ratio must be between 1:2.5 and 2.5:1.`,
      );
    }
  }
  if (meta.sizeBytes !== undefined && meta.sizeBytes > rules.maxBytes) {
    list.error(
      `${path}.metadata.sizeBytes`,
      "image_file_size",
      `The ${item.role} image is ${mb(meta.sizeBytes)}; the limit is ${mb(rules.maxBytes)}.`,
    );
  }
}

/** Checks a video against provider rules, only for the facts its metadata knows. */
export function checkVideo(list: ViolationList, item: MediaItem, index: number, rules: VideoRules): void {
  const meta = item.metadata;
  if (!meta) return;
  const path = `media[${index}]`;
  if (meta.format && !rules.formats.includes(meta.format)) {
    list.error(
      `${path}.metadata.format`,
      "video_format",
      `The ${item.role} video must be ${rules.formats.join(" or ")}, not ${meta.format}.`,
    );
  }
  if (
    meta.durationSeconds !== undefined &&
    (meta.durationSeconds < rules.minSeconds || meta.durationSeconds > rules.maxSeconds)
  ) {
    list.error(
      `${path}.metadata.durationSeconds`,
      "video_duration",
      `The ${item.role} video lasts ${meta.durationSeconds} s; it must last ${rules.minSeconds} to ${rules.maxSeconds} s.`,
    );
  }
  for (const side of ["width", "height"] as const) {
    const value = meta[side];
    if (value !== undefined && (value < rules.minSide || value > rules.maxSide)) {
      list.error(
        `${path}.metadata.${side}`,
        "video_size",
        `The ${item.role} video ${side} is ${value} px; it must be between ${rules.minSide} and ${rules.maxSide} px.`,
      );
    }
  }
  if (meta.sizeBytes !== undefined && meta.sizeBytes > rules.maxBytes) {
    list.error(
      `${path}.metadata.sizeBytes`,
      "video_file_size",
      `The ${item.role} video is ${mb(meta.sizeBytes)}; the limit is ${mb(rules.maxBytes)}.`,
    );
  }
  if (meta.fps !== undefined && (meta.fps < rules.minFps || meta.fps > rules.maxFps)) {
    list.error(
      `${path}.metadata.fps`,
      "video_fps",
      `The ${item.role} video runs at ${meta.fps} fps; it must be ${rules.minFps} to ${rules.maxFps} fps.`,
    );
  }
}
