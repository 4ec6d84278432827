import type { Shot, Storyboard } from "../schema/controls";
import type { ViolationList } from "../validation";

export type CustomShotLimits = { maxShots: number; shotPromptMaxLength: number };

/**
 * The rules of a custom multi-shot storyboard shared by providers that take shot durations
 * (DashScope, the simulator): 1..maxShots shots, each no longer than the video, together exactly
 * as long as it. DashScope's Kling video API reference only bounds each shot by the total; its example's shots add up to the
 * total and Kling's multi-shot API (xcompute's Kling v3 video generation reference) requires it, so a mismatch is refused rather than
 * left to the model. Over-long shot prompts are cut by the provider: a warning.
 */
export function checkCustomShots(
  list: ViolationList,
  shots: readonly Shot[],
  totalSeconds: number,
  limits: CustomShotLimits,
  truncatedBy: string,
) {
  if (shots.length < 1 || shots.length > limits.maxShots) {
    list.error(
      "storyboard.shots",
      "shot_count",
      `A custom storyboard needs 1 to ${limits.maxShots} shots; it has ${shots.length}.`,
      { max: limits.maxShots, count: shots.length },
    );
  }
  shots.forEach((shot, index) => {
    if (shot.prompt.length > limits.shotPromptMaxLength) {
      list.warning(
        `storyboard.shots[${index}].prompt`,
        "shot_prompt_truncated",
        `Shot ${index + 1}'s prompt has ${shot.prompt.length} characters; ${truncatedBy} keeps only the first ${limits.shotPromptMaxLength}.`,
      );
    }
    if (shot.duration > totalSeconds) {
      list.error(
        `storyboard.shots[${index}].duration`,
        "shot_duration_out_of_range",
        `Shot ${index + 1} lasts ${shot.duration} s, longer than the whole video (${totalSeconds} s).`,
        { shot: index + 1, seconds: shot.duration, total: totalSeconds },
      );
    }
  });
  const sum = shots.reduce((seconds, shot) => seconds + shot.duration, 0);
  if (shots.length > 0 && sum !== totalSeconds) {
    list.error(
      "storyboard.shots",
      "shot_durations_sum",
      `The shots last ${sum} s in total but the video lasts ${totalSeconds} s; they must match.`,
      { sum, total: totalSeconds },
    );
  }
}

/**
 * Listed shots belong to a custom multi-shot storyboard only: with an intelligent split or without
 * multi-shot they are refused. Returns whether the custom shot rules apply.
 */
export function customShotsApply(
  list: ViolationList,
  storyboard: Pick<Storyboard, "multiShot" | "split" | "shots">,
): boolean {
  if (storyboard.multiShot && storyboard.split !== "intelligent") return true;
  if (storyboard.shots.length > 0) {
    const rule = storyboard.multiShot ? "shots_with_intelligent_split" : "shots_without_multi_shot";
    list.error(
      "storyboard.shots",
      rule,
      storyboard.multiShot
        ? "Intelligent storyboards plan their own shots; remove the listed shots or switch to custom."
        : "Shots need multi-shot generation to be on.",
    );
  }
  return false;
}
