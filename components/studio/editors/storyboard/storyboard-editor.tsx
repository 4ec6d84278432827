"use client";

import { useTranslations } from "next-intl";
import { FieldMessages } from "../../fields/field-messages";
import { ChoiceGroup } from "../../form/choice-group";
import { fieldErrorsAt } from "../../form/field-errors";
import { NegativePromptField } from "../negative-prompt-field";
import type { ModeEditor, ModeEditorProps } from "../mode-editor";
import { ShotList } from "./shot-list";
import {
  adaptStoryboard,
  adaptStoryboardToSettings,
  initialStoryboard,
  maxShots,
  newShotId,
  type ShotDraft,
  storyboardFieldKeys,
  type StoryboardState,
  storyboardToRequest,
} from "./storyboard-state";
import { durationForNewShot, storyboardTimeline } from "./timeline";
import { TimelineBar } from "./timeline-bar";
import { MainPromptField } from "../main-prompt-field";

function StoryboardFields(props: ModeEditorProps<StoryboardState>) {
  const { state, onChange, model, settings, errors } = props;
  const t = useTranslations();
  const limit = maxShots(props);
  const offered = model.storyboard ? model.storyboard.splits : [];
  const splits = (["custom", "intelligent"] as const).filter((split) => offered.includes(split));
  const setShots = (update: (shots: ShotDraft[]) => ShotDraft[]) =>
    onChange((current) => ({ ...current, shots: update(current.shots) }));
  return (
    <div className="space-y-5">
      <ChoiceGroup
        name="storyboard"
        legend={t("storyboard.split")}
        value={state.split}
        onChange={(split) => onChange((current) => ({ ...current, split }))}
        violations={fieldErrorsAt(errors, "storyboard")}
        options={splits.map((split) => ({ value: split, label: t(`storyboard.splits.${split}`) }))}
      />
      {state.split === "intelligent" ? (
        <MainPromptField
          state={state}
          onChange={onChange}
          model={model}
          errors={errors}
          hint={t("storyboard.intelligentHint")}
          rows={6}
        />
      ) : (
        <div className="space-y-3">
          <TimelineBar timeline={storyboardTimeline(state.shots, settings.duration)} />
          <ShotList
            shots={state.shots}
            total={settings.duration}
            model={model}
            errors={errors}
            onShotsChange={setShots}
          />
          <FieldMessages fieldKey="storyboard.shots" violations={fieldErrorsAt(errors, "storyboard.shots")} />
          <div className="flex flex-wrap items-center gap-3">
            <button
              type="button"
              disabled={state.shots.length >= limit}
              onClick={() =>
                setShots((shots) => [
                  ...shots,
                  { id: newShotId(), prompt: "", duration: durationForNewShot(shots, settings.duration) },
                ])
              }
              className="rounded-md border border-zinc-700 px-3 py-1.5 text-sm hover:bg-zinc-900 disabled:opacity-50"
            >
              {t("storyboard.addShot")}
            </button>
            <span className="text-xs text-zinc-500">{t("storyboard.maxShots", { max: limit })}</span>
          </div>
        </div>
      )}
      <NegativePromptField {...props} />
    </div>
  );
}

export const STORYBOARD_EDITOR: ModeEditor<StoryboardState> = {
  loadStateSchema: () => import("../../form/state-schemas").then((schemas) => schemas.StoryboardStateSchema),
  initialState: initialStoryboard,
  adaptToModel: adaptStoryboard,
  adaptToSettings: adaptStoryboardToSettings,
  toRequest: storyboardToRequest,
  fieldKeys: storyboardFieldKeys,
  Editor: StoryboardFields,
};
