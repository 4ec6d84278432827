"use client";

import type { Announcements, DragEndEvent } from "@dnd-kit/core";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ComponentType } from "react";
import type { ModelCapabilities } from "@/lib/providers";
import type { FieldErrors } from "../../form/field-errors";
import { ShotCard, type ShotCardProps } from "./shot-card";
import type { ShotDraft } from "./storyboard-state";
import { moveItem } from "./timeline";

type ShotListProps = {
  shots: ShotDraft[];
  total: number;
  model: ModelCapabilities;
  errors: FieldErrors;
  onShotsChange: (update: (shots: ShotDraft[]) => ShotDraft[]) => void;
};

type Sortable = ComponentType<import("./sortable-shots").SortableShotsProps>;

/**
 * dnd-kit arrives when the creator reaches for the list (pointer over it, focus in it): the list is
 * drawn again inside its contexts, and whatever had focus gets it back, caret included.
 */
function useSortableShots(): [Sortable | null, () => void] {
  const [Sortable, setSortable] = useState<Sortable | null>(null);
  const requested = useRef(false);
  const focus = useRef<{ id: string; start?: number | null; end?: number | null } | null>(null);
  useEffect(() => {
    const saved = focus.current;
    if (!Sortable || !saved) return;
    const element = document.getElementById(saved.id) as HTMLTextAreaElement | null;
    element?.focus();
    if (element && "setSelectionRange" in element && saved.start != null) {
      element.setSelectionRange(saved.start, saved.end ?? saved.start);
    }
  }, [Sortable]);
  const load = () => {
    if (requested.current) return;
    requested.current = true;
    import("./sortable-shots").then((module) => {
      const active = document.activeElement as HTMLTextAreaElement | null;
      focus.current = active?.id
        ? { id: active.id, start: active.selectionStart ?? null, end: active.selectionEnd ?? null }
        : null;
      setSortable(() => module.SortableShots);
    });
  };
  return [Sortable, load];
}

/** Shots reordered by dragging, by dnd-kit's keyboard sensor (space, arrows, space) or by the move buttons. */
export function ShotList({ shots, total, model, errors, onShotsChange }: ShotListProps) {
  const t = useTranslations("storyboard");
  const [announcement, setAnnouncement] = useState("");
  const [Sortable, loadSortable] = useSortableShots();
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

  const cards: ShotCardProps[] = shots.map((shot, index) => ({
    shot,
    index,
    count: shots.length,
    maxSeconds: total,
    model,
    errors,
    onChange: (patch) =>
      onShotsChange((current) =>
        current.map((candidate) => (candidate.id === shot.id ? { ...candidate, ...patch } : candidate)),
      ),
    onMove: (to) => move(shot.id, to),
    onRemove: () => onShotsChange((current) => current.filter((candidate) => candidate.id !== shot.id)),
  }));

  return (
    <>
      <div onPointerEnter={loadSortable} onFocusCapture={loadSortable} onTouchStart={loadSortable}>
        {Sortable ? (
          <Sortable
            cards={cards}
            label={t("split")}
            announcements={announcements}
            instructions={t("dnd.instructions")}
            onDragEnd={onDragEnd}
          />
        ) : (
          <ol className="space-y-3" aria-label={t("split")}>
            {cards.map((card) => (
              <ShotCard key={card.shot.id} {...card} />
            ))}
          </ol>
        )}
      </div>
      <p aria-live="polite" className="sr-only" data-testid="shot-announcement">
        {announcement}
      </p>
    </>
  );
}
