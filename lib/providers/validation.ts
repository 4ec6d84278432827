import type { z } from "zod";
import type { GenerationRequest } from "./canonical";
import type { MediaItem, MediaRole } from "./schema/media";

/**
 * One problem with a generation request. `error` blocks submission; `warning` is shown to the user
 * but the request is still sent (e.g. a prompt the provider will truncate).
 */
export type Violation = {
  /** Field path in the canonical request, e.g. "media[1].url" or "storyboard.shots[2].duration". */
  path: string;
  /** Short stable code, e.g. "duration_out_of_range". */
  rule: string;
  /** A sentence a person understands. */
  message: string;
  severity: "error" | "warning";
};

export type PathSegment = string | number;

export function formatPath(segments: readonly PathSegment[]): string {
  return segments.reduce<string>((path, segment) => {
    if (typeof segment === "number") return `${path}[${segment}]`;
    return path ? `${path}.${segment}` : segment;
  }, "");
}

export function hasErrors(violations: readonly Violation[]): boolean {
  return violations.some((violation) => violation.severity === "error");
}

/** Collects violations; adapters' validators push into one of these so every problem is reported at once. */
export class ViolationList {
  readonly items: Violation[] = [];

  error(path: string, rule: string, message: string): void {
    this.items.push({ path, rule, message, severity: "error" });
  }

  warning(path: string, rule: string, message: string): void {
    this.items.push({ path, rule, message, severity: "warning" });
  }
}

/** zod issues → violations, so shape errors and provider rules reach the user in one format. */
export function issuesToViolations(issues: readonly z.core.$ZodIssue[]): Violation[] {
  return issues.map((issue) => {
    const path = formatPath(issue.path.filter((segment): segment is PathSegment => typeof segment !== "symbol"));
    const rule = issue.code === "custom" && typeof issue.params?.rule === "string" ? issue.params.rule : issue.code;
    const message = issue.code === "custom" ? issue.message : `${path || "The request"}: ${issue.message}.`;
    return { path, rule, message, severity: "error" };
  });
}

/** Media items of one role with their index in `request.media`, for precise violation paths. */
export function mediaWithRole(request: GenerationRequest, role: MediaRole): { item: MediaItem; index: number }[] {
  return request.media.flatMap((item, index) => (item.role === role ? [{ item, index }] : []));
}

export function countRole(request: GenerationRequest, role: MediaRole): number {
  return request.media.filter((item) => item.role === role).length;
}

export type ImageRules = {
  formats: readonly string[];
  minSide: number;
  maxSide: number;
  /** Narrowest and widest width/height ratios, e.g. 1/2.5 and 2.5. */
  minAspect: number;
  maxAspect: number;
  maxBytes: number;
  allowAlpha: boolean;
};

export type VideoRules = {
  formats: readonly string[];
  minSeconds: number;
  maxSeconds: number;
  minSide: number;
  maxSide: number;
  maxBytes: number;
  minFps: number;
  maxFps: number;
};

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
