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
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { ShotCard, type ShotCardProps } from "./shot-card";

// dnd-kit and what uses it, loaded once the creator reaches for the shot list (shot-list.tsx):
// it is most of the storyboard page's weight, and the move buttons work without it.

function SortableShotCard(props: ShotCardProps) {
  const sortable = useSortable({ id: props.shot.id });
  return <ShotCard {...props} sortable={sortable} />;
}

export type SortableShotsProps = {
  cards: ShotCardProps[];
  label: string;
  announcements: Announcements;
  instructions: string;
  onDragEnd: (event: DragEndEvent) => void;
};

/** The shots in dnd-kit's contexts: dragged by pointer, or by its keyboard sensor (space, arrows, space). */
export function SortableShots({ cards, label, announcements, instructions, onDragEnd }: SortableShotsProps) {
  const sensors = useSensors(
    useSensor(PointerSensor),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: instructions } }}
    >
      <SortableContext items={cards.map((card) => card.shot.id)} strategy={verticalListSortingStrategy}>
        <ol className="space-y-3" aria-label={label}>
          {cards.map((card) => (
            <SortableShotCard key={card.shot.id} {...card} />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
