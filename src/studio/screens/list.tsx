import { useEffect, useState } from 'preact/hooks';
import { request } from '../api/client.js';
import { findNodes } from '../api/find.js';
import {
  StudioNodesDocument,
  type EditorOrderBy,
  type EditorStatus,
  type StudioNodesQuery,
} from '../generated/graphql.js';
import { segmentOf, standing, when, type ModelType } from '../model.js';
import { navigate } from '../router.js';
import { t } from '../text/index.js';

const PAGE_SIZE = 25;

type Row = StudioNodesQuery['editorNodes'][number];

/** The list's place, kept in the address so a reload or the back button returns to it. */
interface ListState {
  q: string;
  /** The value of the type's own filter (a skill's category, a hub's region). */
  group: string;
  status: EditorStatus | '';
  sort: EditorOrderBy;
  page: number;
}

function readState(search: string): ListState {
  const params = new URLSearchParams(search);
  const status = params.get('status') ?? '';
  return {
    q: params.get('q') ?? '',
    group: params.get('group') ?? '',
    status: (['DRAFT', 'PUBLISHED', 'CHANGED'].includes(status)
      ? status
      : '') as ListState['status'],
    sort: params.get('sort') === 'UPDATED' ? 'UPDATED' : 'NAME',
    page: Math.max(1, Number(params.get('page')) || 1),
  };
}

function writeState(type: ModelType, state: ListState) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.group) params.set('group', state.group);
  if (state.status) params.set('status', state.status);
  if (state.sort !== 'NAME') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  const query = params.toString();
  navigate(`/studio/${segmentOf(type)}/${query ? `?${query}` : ''}`, { replace: true });
}

/** Every node of a type: searched, filtered by status, sorted, a page at a time. */
export function ListScreen({ type }: { type: ModelType }) {
  const [state, setState] = useState(() => readState(location.search));
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => setState(readState(location.search)), [type.type]);
  useEffect(() => {
    let current = true;
    setError(null);
    // Words go through the search API (typos forgiven, best match first); the status filter
    // and the order without words come from the editors' list.
    Promise.all([
      request(StudioNodesDocument, {
        type: type.type,
        status: state.status || null,
        orderBy: state.sort,
      }),
      state.q.trim() ? findNodes(state.q, [type.type], 100) : Promise.resolve(null),
    ])
      .then(([data, found]) => {
        if (!current) return;
        if (!found) return setRows(data.editorNodes);
        const bySlug = new Map(data.editorNodes.map((n) => [n.slug, n]));
        setRows(found.flatMap((f) => bySlug.get(f.slug) ?? []));
      })
      .catch((e: Error) => current && setError(e.message));
    return () => {
      current = false;
    };
  }, [type.type, state.q, state.status, state.sort]);

  const change = (next: Partial<ListState>) => {
    const merged = { ...state, page: 1, ...next };
    setState(merged);
    writeState(type, merged);
  };

  // The type's own filter: its field (from the rows) and the values the rows have.
  const groupField = rows?.find((r) => r.group)?.group?.field;
  const groupLabel = type.fields.find((f) => f.name === groupField)?.label ?? groupField;
  const groups = [...new Set(rows?.flatMap((r) => (r.group ? [r.group.value] : [])) ?? [])].sort();
  const filtered = state.group ? rows?.filter((r) => r.group?.value === state.group) : rows;
  const pages = filtered ? Math.max(1, Math.ceil(filtered.length / PAGE_SIZE)) : 1;
  const page = Math.min(state.page, pages);
  const shown = filtered?.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE) ?? [];
  const base = `/studio/${segmentOf(type)}/`;

  return (
    <section aria-labelledby="list-title">
      <h1 id="list-title">{type.plural}</h1>
      <form class="list-filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t.searchIn(type.plural)}
          <input
            type="search"
            value={state.q}
            onInput={(e) => change({ q: e.currentTarget.value })}
          />
        </label>
        <label>
          {t.status}
          <select
            value={state.status}
            onChange={(e) => change({ status: e.currentTarget.value as ListState['status'] })}
          >
            <option value="">{t.anyStatus}</option>
            {(['DRAFT', 'PUBLISHED', 'CHANGED'] as const).map((s) => (
              <option key={s} value={s}>
                {t.statusNames[s]}
              </option>
            ))}
          </select>
        </label>
        {groupField && (
          <label>
            {groupLabel}
            <select value={state.group} onChange={(e) => change({ group: e.currentTarget.value })}>
              <option value="">{t.anyStatus}</option>
              {groups.map((g) => (
                <option key={g} value={g}>
                  {g}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t.sortBy}
          <select
            value={state.sort}
            onChange={(e) => change({ sort: e.currentTarget.value as EditorOrderBy })}
          >
            <option value="NAME">{t.byName}</option>
            <option value="UPDATED">{t.byUpdated}</option>
          </select>
        </label>
      </form>
      {error && <p role="alert">{t.failed(error)}</p>}
      {!rows && !error && <p>{t.loading}</p>}
      {filtered && (
        <>
          <p role="status" class="muted">
            {t.results(filtered.length)}
          </p>
          {filtered.length === 0 ? (
            <p>{t.nothingFound}</p>
          ) : (
            <ul class="node-list">
              {shown.map((row) => {
                const at = standing(row);
                return (
                  <li key={row.slug}>
                    <a href={`${base}${encodeURIComponent(row.slug)}`}>{row.title}</a>
                    <span class={`badge badge-${at.toLowerCase()}`}>{t.statusNames[at]}</span>
                    <span class="muted">{t.changedAt(when(row.updatedAt))}</span>
                  </li>
                );
              })}
            </ul>
          )}
          {pages > 1 && (
            <nav class="pager" aria-label={t.pageOf(page, pages)}>
              <button type="button" disabled={page <= 1} onClick={() => change({ page: page - 1 })}>
                {t.previousPage}
              </button>
              <span>{t.pageOf(page, pages)}</span>
              <button
                type="button"
                disabled={page >= pages}
                onClick={() => change({ page: page + 1 })}
              >
                {t.nextPage}
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
