"use client";

import type { useSortable } from "@dnd-kit/sortable";
import { useTranslations } from "next-intl";
import type { ModelCapabilities } from "@/lib/providers";
import { describedBy, FieldMessages } from "../../fields/field-messages";
import { PromptField } from "../../fields/prompt-field";
import { fieldErrorsAt, type FieldErrors } from "../../form/field-errors";
import type { ShotDraft } from "./storyboard-state";

const ICON_BUTTON =
  "grid size-8 place-items-center rounded-md text-zinc-300 hover:bg-zinc-800 disabled:opacity-30 disabled:hover:bg-transparent";

// What @dnd-kit/utilities' CSS.Transform writes, without loading that package for one line.
function transformCss(transform: { x: number; y: number; scaleX: number; scaleY: number } | null) {
  return transform
    ? `translate3d(${transform.x}px, ${transform.y}px, 0) scaleX(${transform.scaleX}) scaleY(${transform.scaleY})`
    : undefined;
}

/** What dnd-kit's useSortable gives a card once dragging is available (sortable-shots.tsx). */
export type SortableBinding = Pick<
  ReturnType<typeof useSortable>,
  "attributes" | "listeners" | "setNodeRef" | "setActivatorNodeRef" | "transform" | "transition" | "isDragging"
>;

export type ShotCardProps = {
  shot: ShotDraft;
  index: number;
  count: number;
  maxSeconds: number;
  model: ModelCapabilities;
  errors: FieldErrors;
  onChange: (patch: Partial<ShotDraft>) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
  /** Absent until dnd-kit has loaded: the handle then does nothing yet, the move buttons work. */
  sortable?: SortableBinding;
};

/** One shot: its prompt and length, a drag handle (pointer or keyboard) and move/remove buttons. */
export function ShotCard({
  shot,
  index,
  count,
  maxSeconds,
  model,
  errors,
  onChange,
  onMove,
  onRemove,
  sortable,
}: ShotCardProps) {
  const t = useTranslations("storyboard");
  const number = index + 1;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = sortable ?? {};
  const durationKey = `storyboard.shots.${index}.duration`;
  const durationViolations = fieldErrorsAt(errors, durationKey);
  const shotLimit = model.storyboard ? model.storyboard.shotPromptMaxLength : model.promptMaxLength;
  return (
    <li
      ref={setNodeRef}
      style={{ transform: transformCss(transform ?? null), transition }}
      className={`rounded-lg border bg-zinc-950 p-4 ${isDragging ? "z-10 border-accent shadow-lg" : "border-zinc-800"}`}
      data-testid="shot-card"
      data-shot-id={shot.id}
    >
      <div className="mb-3 flex items-center gap-2">
        <button
          type="button"
          id={`shot-${shot.id}-handle`}
          ref={setActivatorNodeRef}
          {...attributes}
          {...listeners}
          aria-label={t("dragHandle", { number })}
          className={`${ICON_BUTTON} cursor-grab touch-none`}
        >
          <span aria-hidden>⠿</span>
        </button>
        <h3 className="font-medium">{t("shot", { number })}</h3>
        <div className="ml-auto flex items-center gap-1">
          <button
            type="button"
            id={`shot-${shot.id}-up`}
            disabled={index === 0}
            onClick={() => onMove(index - 1)}
            aria-label={t("moveUp", { number })}
            className={ICON_BUTTON}
          >
            <span aria-hidden>↑</span>
          </button>
          <button
            type="button"
            id={`shot-${shot.id}-down`}
            disabled={index === count - 1}
            onClick={() => onMove(index + 1)}
            aria-label={t("moveDown", { number })}
            className={ICON_BUTTON}
          >
            <span aria-hidden>↓</span>
          </button>
          <button
            type="button"
            disabled={count === 1}
            id={`shot-${shot.id}-remove`}
            onClick={onRemove}
            aria-label={t("removeShot", { number })}
            className={ICON_BUTTON}
          >
            <span aria-hidden>✕</span>
          </button>
        </div>
      </div>
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_8rem]">
        <PromptField
          fieldKey={`storyboard.shots.${index}.prompt`}
          label={t("shotPrompt", { number })}
          value={shot.prompt}
          onChange={(prompt) => onChange({ prompt })}
          max={shotLimit}
          overflow={model.promptOverflow}
          violations={fieldErrorsAt(errors, `storyboard.shots.${index}.prompt`)}
          rows={3}
        />
        <div>
          <label htmlFor={`shot-${shot.id}-duration`} className="mb-1 block text-sm font-medium text-zinc-200">
            {t("shotDuration", { number })}
          </label>
          <select
            id={`shot-${shot.id}-duration`}
            value={shot.duration}
            onChange={(event) => onChange({ duration: Number(event.target.value) })}
            {...describedBy(durationKey, durationViolations)}
            className="w-full rounded-md border border-zinc-700 bg-zinc-900 px-3 py-2 text-sm aria-invalid:border-red-500"
          >
            {Array.from({ length: Math.max(maxSeconds, shot.duration) }, (_, i) => i + 1).map((seconds) => (
              <option key={seconds} value={seconds}>
                {seconds}
              </option>
            ))}
          </select>
          <FieldMessages fieldKey={durationKey} violations={durationViolations} />
        </div>
      </div>
    </li>
  );
}
