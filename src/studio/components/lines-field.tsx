import { useRef } from 'preact/hooks';
import { ReorderableList } from './reorder.js';

export interface LinesInputProps {
  /** The field's label ("Responsibilities"): names the group and each line's box. */
  label: string;
  labelledBy: string;
  value: readonly string[];
  onChange(value: string[]): void;
  maxItems?: number | null;
}

/**
 * A list of short texts: each line in its own box, added, removed and reordered (by drag or by
 * keyboard). Keys stay stable while lines are edited, so a box keeps its focus as you type.
 */
export function LinesInput({ label, labelledBy, value, onChange, maxItems }: LinesInputProps) {
  const keys = useRef<string[]>([]);
  const counter = useRef(0);
  while (keys.current.length < value.length) keys.current.push(`line-${counter.current++}`);
  keys.current.length = value.length;
  const rows = value.map((text, index) => ({ text, key: keys.current[index]! }));
  const set = (next: { text: string; key: string }[]) => {
    keys.current = next.map((row) => row.key);
    onChange(next.map((row) => row.text));
  };
  const full = maxItems != null && value.length >= maxItems;
  return (
    <div role="group" aria-labelledby={labelledBy} class="lines-field">
      <ReorderableList
        label={label}
        items={rows}
        keyOf={(row) => row.key}
        nameOf={(_, index) => `${label} line ${index + 1}`}
        onReorder={set}
        renderItem={(row, index) => (
          <span class="line">
            <input
              type="text"
              aria-label={`${label} line ${index + 1}`}
              value={row.text}
              onInput={(event) =>
                set(
                  rows.map((r, i) =>
                    i === index ? { ...r, text: (event.target as HTMLInputElement).value } : r,
                  ),
                )
              }
            />
            <button
              type="button"
              aria-label={`Remove ${label} line ${index + 1}`}
              onClick={() => set(rows.filter((_, i) => i !== index))}
            >
              ×
            </button>
          </span>
        )}
      />
      <button
        type="button"
        disabled={full}
        onClick={() => {
          set([...rows, { text: '', key: `line-${counter.current++}` }]);
          requestAnimationFrame(() =>
            document
              .querySelector<HTMLInputElement>(`[aria-label="${label} line ${rows.length + 1}"]`)
              ?.focus(),
          );
        }}
      >
        Add a line to {label}
      </button>
    </div>
  );
}
