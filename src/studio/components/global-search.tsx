import { useEffect, useState } from 'preact/hooks';
import { findNodes, type Found } from '../api/find.js';
import { segmentOf, type ModelType } from '../model.js';
import { navigate } from '../router.js';
import { t } from '../text/index.js';

/** The header's search box: finds any node as you type (typos forgiven) and opens it. */
export function GlobalSearch({ model }: { model: readonly ModelType[] }) {
  const [text, setText] = useState('');
  const [found, setFound] = useState<Found[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!text.trim()) {
      setFound([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      findNodes(text, null, 8)
        .then((nodes) => {
          if (!current) return;
          setFound(nodes);
          setActive(0);
          setOpen(true);
        })
        .catch(() => current && setFound([]));
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);

  const typeOf = (found: Found) => model.find((m) => m.type === found.type);
  const go = (item: Found) => {
    const type = typeOf(item);
    if (!type) return;
    setText('');
    setOpen(false);
    navigate(`/studio/${segmentOf(type)}/${encodeURIComponent(item.slug)}`);
  };

  return (
    <div class="global-search combobox" role="search">
      <input
        type="search"
        role="combobox"
        aria-label={t.searchEverything}
        aria-autocomplete="list"
        aria-expanded={open && found.length > 0}
        aria-controls="global-search-options"
        aria-activedescendant={open && found[active] ? `global-search-${active}` : undefined}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => found.length && setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((i) => Math.min(found.length - 1, i + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(0, i - 1));
          } else if (e.key === 'Enter' && found[active]) {
            e.preventDefault();
            go(found[active]);
          } else if (e.key === 'Escape') setOpen(false);
        }}
      />
      <ul
        id="global-search-options"
        role="listbox"
        aria-label={t.searchEverything}
        hidden={!open || found.length === 0}
      >
        {found.map((item, index) => (
          <li
            key={`${item.type}/${item.slug}`}
            id={`global-search-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => go(item)}
          >
            {item.title} <span class="muted">{typeOf(item)?.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
