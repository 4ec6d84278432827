"use client";

import { useTranslations } from "next-intl";
import type { MediaItem } from "@/lib/providers";
import type { ImageRules, VideoRules } from "@/lib/providers";
import { checkImageFacts } from "@/lib/studio/media/image-checks";
import { errorsAt, errorsExactly, firstWithRole, setSingle, uploadErrors } from "@/lib/studio/media/media-list";
import { actionVideoRules, checkVideoFacts, type CharacterOrientation } from "@/lib/studio/media/video-checks";
import { ChoiceGroup } from "../form/choice-group";
import { ErrorList } from "./check-list";
import { KeepSoundToggle } from "./keep-sound-toggle";
import type { MediaEditorProps } from "./types";
import { UploadField } from "./upload-field";

export type MotionControlValue = { media: MediaItem[]; characterOrientation?: CharacterOrientation };

export type MotionControlCapabilities = {
  /** The action video's longest duration per orientation (Kling: image 10 s, video 30 s). */
  actionSecondsByOrientation: Record<CharacterOrientation, number>;
  imageRules?: ImageRules;
  /** The action video's rules; its maximum duration is tightened by the orientation. */
  videoRules?: VideoRules;
  keepOriginalSound: boolean;
};

/**
 * A character image performs the motion of an action video. The orientation decides how long the
 * action video may be, so its duration check follows the orientation live.
 * Writes `media` (roles character and action, keepOriginalSound on the action) and `characterOrientation`.
 */
export function MotionControlEditor({
  value,
  onChange,
  errors,
  capabilities,
  disabled,
}: MediaEditorProps<MotionControlValue, MotionControlCapabilities>) {
  const t = useTranslations("media");
  const character = firstWithRole(value.media, "character");
  const action = firstWithRole(value.media, "action");
  const { imageRules, videoRules, actionSecondsByOrientation } = capabilities;
  const orientation = value.characterOrientation;
  const rules =
    videoRules && orientation ? actionVideoRules(videoRules, orientation, actionSecondsByOrientation) : videoRules;
  const set = (role: "character" | "action", item: MediaItem | undefined) =>
    onChange({ ...value, media: setSingle(value.media, role, item) });

  return (
    <fieldset className="space-y-5" data-field="media" disabled={disabled}>
      <UploadField
        role="character"
        value={character?.item}
        onChange={(item) => set("character", item)}
        check={imageRules ? (facts) => checkImageFacts(facts, imageRules) : undefined}
        errors={uploadErrors(errors, "character", character)}
        disabled={disabled}
      />
      <div>
        <ChoiceGroup
          name="characterOrientation"
          legend={t("motionControl.orientation")}
          value={orientation}
          onChange={(characterOrientation) => onChange({ ...value, characterOrientation })}
          options={(["image", "video"] as const).map((choice) => ({
            value: choice,
            label: t(`motionControl.${choice}`),
            description: t("motionControl.limit", { seconds: actionSecondsByOrientation[choice] }),
            disabled,
          }))}
        />
        <ErrorList errors={errorsAt(errors, "characterOrientation")} />
      </div>
      <UploadField
        role="action"
        value={action?.item}
        onChange={(item) => set("action", item)}
        check={rules ? (facts) => checkVideoFacts(facts, rules) : undefined}
        errors={uploadErrors(errors, "action", action)}
        disabled={disabled}
        hint={
          orientation && (
            <span aria-live="polite">
              {t("motionControl.currentLimit", { seconds: actionSecondsByOrientation[orientation] })}
            </span>
          )
        }
      >
        {capabilities.keepOriginalSound && action && (
          // Kling keeps the action video's sound unless told otherwise.
          <KeepSoundToggle
            item={action.item}
            onChange={(item) => set("action", item)}
            label={t("motionControl.keepSound")}
            defaultOn
            disabled={disabled}
          />
        )}
      </UploadField>
      <ErrorList errors={errorsExactly(errors, "media")} />
    </fieldset>
  );
}
