"use client";

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ModelCapabilities } from "@/lib/providers";
import type { FieldErrors } from "../../form/field-errors";
import { ShotCard } from "./shot-card";
import type { ShotDraft } from "./storyboard-state";
import { moveItem } from "./timeline";

type ShotListProps = {
  shots: ShotDraft[];
  total: number;
  model: ModelCapabilities;
  errors: FieldErrors;
  onShotsChange: (update: (shots: ShotDraft[]) => ShotDraft[]) => void;
};

/** Shots reordered by dragging, by dnd-kit's keyboard sensor (space, arrows, space) or by the move buttons. */
export function ShotList({ shots, total, model, errors, onShotsChange }: ShotListProps) {
  const t = useTranslations("storyboard");
  const [announcement, setAnnouncement] = useState("");
  const sensors = useSensors(
    useSensor(PointerSensor),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const numberOf = (id: string | number) => shots.findIndex((shot) => shot.id === id) + 1;
  const positionOf = (id: string | number | undefined) => (id === undefined ? 0 : numberOf(id));

  const announcements: Announcements = {
    onDragStart: ({ active }) => t("dnd.dragStart", { number: numberOf(active.id) }),
    onDragOver: ({ active, over }) =>
      t("dnd.dragOver", { number: numberOf(active.id), position: positionOf(over?.id) }),
    onDragEnd: ({ active, over }) => t("dnd.dragEnd", { number: numberOf(active.id), position: positionOf(over?.id) }),
    onDragCancel: ({ active }) => t("dnd.dragCancel", { number: numberOf(active.id) }),
  };

  function move(id: string, to: number) {
    const from = shots.findIndex((shot) => shot.id === id);
    if (from < 0 || to < 0 || to >= shots.length || from === to) return;
    onShotsChange((current) => moveItem(current, from, to));
    setAnnouncement(t("moved", { position: to + 1, count: shots.length }));
    // Keep focus on the moved shot's button in the direction it went, or the other one at an end.
    requestAnimationFrame(() => {
      const preferred = document.getElementById(`shot-${id}-${to < from ? "up" : "down"}`) as HTMLButtonElement | null;
      const other = document.getElementById(`shot-${id}-${to < from ? "down" : "up"}`) as HTMLButtonElement | null;
      (preferred && !preferred.disabled ? preferred : other)?.focus();
    });
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const from = shots.findIndex((shot) => shot.id === active.id);
    const to = shots.findIndex((shot) => shot.id === over.id);
    onShotsChange((current) => moveItem(current, from, to));
  }

  return (
    <>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t("dnd.instructions") } }}
      >
        <SortableContext items={shots.map((shot) => shot.id)} strategy={verticalListSortingStrategy}>
          <ol className="space-y-3" aria-label={t("split")}>
            {shots.map((shot, index) => (
              <ShotCard
                key={shot.id}
                shot={shot}
                index={index}
                count={shots.length}
                maxSeconds={total}
                model={model}
                errors={errors}
                onChange={(patch) =>
                  onShotsChange((current) =>
                    current.map((candidate) => (candidate.id === shot.id ? { ...candidate, ...patch } : candidate)),
                  )
                }
                onMove={(to) => move(shot.id, to)}
                onRemove={() => onShotsChange((current) => current.filter((candidate) => candidate.id !== shot.id))}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <p aria-live="polite" className="sr-only" data-testid="shot-announcement">
        {announcement}
      </p>
    </>
  );
}
