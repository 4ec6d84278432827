import type { ImageRules } from "@/lib/providers";
import { megabytes, ratioLabel, type MediaCheck, type MediaFacts } from "./media-checks";

/**
 * Every rule of the provider an image breaks, judged only on the facts known (like the server's
 * validators): a file the browser could not fully measure is checked again with the server's facts.
 */
export function checkImageFacts(facts: MediaFacts, rules: ImageRules): MediaCheck[] {
  const checks: MediaCheck[] = [];
  const format = facts.format?.toLowerCase();
  if (format && !rules.formats.includes(format)) {
    checks.push({ rule: "image_format", params: { format, formats: rules.formats.join(", ") } });
  }
  if (facts.hasAlpha && !rules.allowAlpha) checks.push({ rule: "image_alpha", params: {} });
  for (const side of ["width", "height"] as const) {
    const value = facts[side];
    if (value !== undefined && (value < rules.minSide || value > rules.maxSide)) {
      checks.push({ rule: "image_size", params: { side, value, min: rules.minSide, max: rules.maxSide } });
    }
  }
  if (facts.width && facts.height) {
    const ratio = facts.width / facts.height;
    if (ratio < rules.minAspect || ratio > rules.maxAspect) {
      checks.push({
        rule: "image_aspect_ratio",
        params: {
          width: facts.width,
          height: facts.height,
          min: ratioLabel(rules.minAspect),
          max: ratioLabel(rules.maxAspect),
        },
      });
    }
  }
  if (facts.sizeBytes !== undefined && facts.sizeBytes > rules.maxBytes) {
    checks.push({
      rule: "image_file_size",
      params: { size: megabytes(facts.sizeBytes), max: megabytes(rules.maxBytes) },
    });
  }
  return checks;
}
