import type { GenerationRequest } from "./canonical";
import type { ProviderCapabilities } from "./capabilities";

/**
 * The request with the model's documented defaults filled in where it leaves a setting out:
 * quality, aspect ratio (where the mode uses one) and length (except for custom storyboards, whose
 * shots decide it). What is stored and sent is this effective request, so a generation's page
 * shows exactly what the provider was asked for, whether it came from the form or a script.
 */
export function withCapabilityDefaults(
  capabilities: ProviderCapabilities,
  request: GenerationRequest,
): GenerationRequest {
  const model = capabilities.models.find((candidate) => candidate.model === request.model);
  const mode = model?.modes[request.mode];
  if (!model || !mode) return request;
  const effective = { ...request };
  if (effective.quality === undefined && model.defaultQuality && model.qualities.length > 0)
    effective.quality = model.defaultQuality;
  if (
    effective.aspectRatio === undefined &&
    model.defaultAspectRatio &&
    (mode.aspectRatio === "required" || mode.aspectRatio === "optional")
  ) {
    effective.aspectRatio = model.defaultAspectRatio;
  }
  const customShots = request.storyboard?.multiShot && request.storyboard.split === "custom";
  if (effective.duration === undefined && !customShots && mode.defaultDuration !== undefined)
    effective.duration = mode.defaultDuration;
  return effective;
}
