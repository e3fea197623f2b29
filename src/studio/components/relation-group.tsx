import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { findNodes } from '../api/find.js';
import type { ContentType } from '../generated/graphql.js';
import { t } from '../text/index.js';
import { ReorderableList } from './reorder.js';

export interface RelationItem {
  slug: string;
  title: string;
  data: Record<string, unknown>;
}

export interface RelationGroupProps {
  /** Names the group: the relation's label ("Technologies"). */
  label: string;
  /** The type listed, for the picker. */
  to: ContentType;
  /** The Studio path of a listed node (`/studio/technologies/ray`). */
  hrefOf(slug: string): string;
  items: RelationItem[];
  /** The values a link's `level` takes, when it has one. */
  levels: readonly string[] | null;
  busy: boolean;
  onAdd(item: RelationItem): void;
  onRemove(item: RelationItem): void;
  onReorder(items: RelationItem[]): void;
  onLevel(item: RelationItem, level: string): void;
}

type Option = { slug: string; title: string };

/**
 * One relation of a node, as a group named after it: its entries in order (reordered by drag or
 * by keyboard, each opening in one click, its level changed in place) and a combobox that finds
 * nodes as you type and adds the chosen one (the ARIA 1.2 combobox pattern).
 */
export function RelationGroup(props: RelationGroupProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const listed = new Set(props.items.map((i) => i.slug));

  useEffect(() => {
    if (!open) return;
    let current = true;
    const timer = setTimeout(() => {
      findNodes(text, [props.to], 12)
        .then((nodes) => {
          if (!current) return;
          const found = nodes
            .filter((n) => !listed.has(n.slug))
            .slice(0, 10)
            .map((n) => ({ slug: n.slug, title: n.title }));
          setOptions(found);
          setActive(found.length ? 0 : -1);
        })
        .catch(() => current && setOptions([]));
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, open, props.items.length]);

  const choose = (option: Option) => {
    props.onAdd({ ...option, data: {} });
    setText('');
    setOpen(false);
    input.current?.focus();
  };

  const listId = `${id}-options`;
  const labelId = `${id}-label`;
  return (
    <fieldset class="relation" aria-labelledby={labelId}>
      <legend id={labelId}>{props.label}</legend>
      <ReorderableList
        label={props.label}
        items={props.items}
        keyOf={(item) => item.slug}
        nameOf={(item) => item.title}
        onReorder={props.onReorder}
        renderItem={(item) => (
          <span class="relation-item">
            <a href={props.hrefOf(item.slug)} aria-label={t.open(item.title)}>
              {item.title}
            </a>
            {props.levels && (
              <select
                aria-label={t.level(item.title)}
                value={String(item.data.level ?? props.levels[0])}
                disabled={props.busy}
                onChange={(e) => props.onLevel(item, e.currentTarget.value)}
              >
                {props.levels.map((level) => (
                  <option key={level} value={level}>
                    {level.charAt(0) + level.slice(1).toLowerCase()}
                  </option>
                ))}
              </select>
            )}
            <button
              type="button"
              class="link-button"
              aria-label={t.remove(item.title)}
              disabled={props.busy}
              onClick={() => props.onRemove(item)}
            >
              {t.removeShort}
            </button>
          </span>
        )}
      />
      <div class="combobox">
        <input
          ref={input}
          type="text"
          role="combobox"
          aria-label={t.addTo(props.label)}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
          value={text}
          disabled={props.busy}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setOpen(true);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              setOpen(true);
              setActive((i) => Math.min(options.length - 1, i + 1));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((i) => Math.max(0, i - 1));
            } else if (e.key === 'Enter' && open && options[active]) {
              e.preventDefault();
              choose(options[active]);
            } else if (e.key === 'Escape') {
              setOpen(false);
            }
          }}
        />
        <ul id={listId} role="listbox" aria-label={props.label} hidden={!open}>
          {options.map((option, index) => (
            <li
              key={option.slug}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(option)}
            >
              {option.title}
            </li>
          ))}
        </ul>
        <p class="muted" role="status">
          {open && text.trim() && options.length === 0 ? t.noOptions : ''}
        </p>
      </div>
    </fieldset>
  );
}
