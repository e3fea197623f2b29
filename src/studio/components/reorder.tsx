import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

/** `items` with the one at `from` moved to `to`. */
export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item!);
  return next;
}

export interface ReorderableListProps<T> {
  items: readonly T[];
  /** How an item is named to a screen reader ("Kubernetes", "line 2"). */
  nameOf(item: T, index: number): string;
  keyOf(item: T, index: number): string;
  onReorder(items: T[]): void;
  renderItem(item: T, index: number): ComponentChildren;
  /** Names the list (e.g. "Technologies"). */
  label: string;
}

/**
 * A list the editor reorders by dragging a row, or by keyboard with its "Move … up" and
 * "Move … down" buttons; each move is announced. Moving keeps focus on the moved row's button.
 */
export function ReorderableList<T>(props: ReorderableListProps<T>) {
  const [announcement, setAnnouncement] = useState('');
  const dragging = useRef<number | null>(null);
  const list = useRef<HTMLOListElement>(null);

  const move = (from: number, to: number, focus?: 'up' | 'down') => {
    if (to < 0 || to >= props.items.length || from === to) return;
    const next = moved(props.items, from, to);
    props.onReorder(next);
    setAnnouncement(
      `${props.nameOf(props.items[from]!, from)} moved to position ${to + 1} of ${next.length}`,
    );
    if (focus)
      requestAnimationFrame(() => {
        const row = list.current?.children[to];
        const button = row?.querySelector<HTMLButtonElement>(
          `[data-move="${focus}"]:not([disabled])`,
        );
        (button ?? row?.querySelector<HTMLButtonElement>('[data-move]'))?.focus();
      });
  };

  return (
    <>
      <ol class="reorderable" ref={list} aria-label={props.label}>
        {props.items.map((item, index) => {
          const name = props.nameOf(item, index);
          return (
            <li
              key={props.keyOf(item, index)}
              draggable
              onDragStart={(event) => {
                dragging.current = index;
                event.dataTransfer?.setData('text/plain', name);
              }}
              onDragOver={(event) => event.preventDefault()}
              onDrop={(event) => {
                event.preventDefault();
                if (dragging.current !== null) move(dragging.current, index);
                dragging.current = null;
              }}
            >
              <span class="drag-handle" aria-hidden="true">
                ⠿
              </span>
              <div class="reorderable-item">{props.renderItem(item, index)}</div>
              <span class="reorder-buttons">
                <button
                  type="button"
                  data-move="up"
                  aria-label={`Move ${name} up`}
                  disabled={index === 0}
                  onClick={() => move(index, index - 1, 'up')}
                >
                  ↑
                </button>
                <button
                  type="button"
                  data-move="down"
                  aria-label={`Move ${name} down`}
                  disabled={index === props.items.length - 1}
                  onClick={() => move(index, index + 1, 'down')}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
