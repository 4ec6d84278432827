import "server-only";
import type { ModeMediaRules } from "@/lib/studio/types";
import type { GenerationMode, ProviderId } from "@/lib/providers";
import { DASHSCOPE_IMAGE_RULES, DASHSCOPE_LIMITS, DASHSCOPE_VIDEO_RULES } from "@/lib/providers";
import {
  KLING_ACTION_VIDEO_RULES,
  KLING_GATEWAY_IMAGE_RULES,
  KLING_GATEWAY_LIMITS,
  KLING_OMNI_VIDEO_RULES,
} from "@/lib/providers";
import { SIMULATOR_IMAGE_RULES, SIMULATOR_LIMITS, SIMULATOR_VIDEO_RULES } from "@/lib/providers";

/**
 * Each provider's media rules in one mode, for the editors' checks before upload. Providers whose
 * validators export no rule constants (v3-gateway, xcompute) are checked by the server only.
 */
export function mediaRulesForMode(mode: GenerationMode): Partial<Record<ProviderId, ModeMediaRules>> {
  return {
    simulator: {
      image: SIMULATOR_IMAGE_RULES,
      video: SIMULATOR_VIDEO_RULES,
      referencesWithVideo: SIMULATOR_LIMITS.referencesWithVideo,
      // The simulator stands in for Kling here: the orientation limits it emulates are Kling's.
      actionSecondsByOrientation: KLING_GATEWAY_LIMITS.actionSecondsByOrientation,
    },
    dashscope: {
      image: DASHSCOPE_IMAGE_RULES,
      video: DASHSCOPE_VIDEO_RULES,
      referencesWithVideo: DASHSCOPE_LIMITS.referencesWithVideo,
    },
    "kling-gateway": {
      image: KLING_GATEWAY_IMAGE_RULES,
      video: mode === "motion_control" ? KLING_ACTION_VIDEO_RULES : KLING_OMNI_VIDEO_RULES,
      referencesWithVideo: KLING_GATEWAY_LIMITS.referencesWithVideo,
      actionSecondsByOrientation: KLING_GATEWAY_LIMITS.actionSecondsByOrientation,
    },
  };
}
