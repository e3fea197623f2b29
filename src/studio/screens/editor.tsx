import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ApiError, request } from '../api/client.js';
import { Dialog } from '../components/dialog.js';
import { FieldInput } from '../components/field-input.js';
import { RelationGroup, type RelationItem } from '../components/relation-group.js';
import {
  StudioLinkDocument,
  StudioLocalesDocument,
  StudioNodeDocument,
  StudioPublishDocument,
  StudioReorderDocument,
  StudioSaveFieldsDocument,
  StudioUnlinkDocument,
  StudioUnpublishDocument,
  StudioUpdateLinkDocument,
  type SkillLevel,
  type StudioNodeQuery,
} from '../generated/graphql.js';
import { segmentOf, standing, type ModelType } from '../model.js';
import { useLeaveGuard } from '../router.js';
import { t } from '../text/index.js';
import { HistoryTab } from './history.js';
import { TranslateTab } from './translate.js';
import { PublishDialog, ScheduleDialog, ScheduledList } from './publishing.js';

type EditorNode = StudioNodeQuery['editorNode'];
type Values = Record<string, unknown>;

/** Values compared as the server stores them (empty text and empty lists are "nothing"). */
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

const storageKey = (type: string, slug: string) => `rolegraph-studio:${type}:${slug}`;

/** The form's values for the model's fields, from the node's working fields. */
function valuesOf(model: ModelType, node: EditorNode): Values {
  const fields = (node.fields ?? {}) as Values;
  return Object.fromEntries(model.fields.map((f) => [f.name, fields[f.name] ?? null]));
}

/** Server errors by field path, from a BAD_USER_INPUT (every problem it lists). */
function errorsOf(error: ApiError): Record<string, string> {
  const listed = error.extensions.fields;
  const problems = Array.isArray(listed)
    ? (listed as { field: string; message: string }[])
    : [{ field: String(error.extensions.field ?? ''), message: error.message }];
  return Object.fromEntries(
    problems.map((p) => [p.field.replace(/^(input|fields)\./, ''), p.message]),
  );
}

export interface EditorScreenProps {
  model: readonly ModelType[];
  type: ModelType;
  slug: string;
  tab?: string;
}

/**
 * One node's editor: a form generated from the content model, its relations, a live preview,
 * and publishing; its history on a second tab.
 */
export function EditorScreen({ model, type, slug, tab }: EditorScreenProps) {
  const [node, setNode] = useState<EditorNode | null>(null);
  const [values, setValues] = useState<Values>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState<'publish' | 'unpublish' | 'schedule' | null>(null);
  const [scheduleRound, setScheduleRound] = useState(0);
  const [conflict, setConflict] = useState<EditorNode | null>(null);
  const [restoredLocal, setRestoredLocal] = useState(false);
  const [previewKey, setPreviewKey] = useState(0);
  // The version last read, for changes made after it (a closure may hold an older render's node).
  const version = useRef(0);

  const base = `/studio/${segmentOf(type)}/${encodeURIComponent(slug)}`;
  const dirty = node ? !same(values, valuesOf(type, node)) : false;
  useLeaveGuard(() => dirty, t.unsaved);

  const load = async (resetForm: boolean) => {
    const data = await request(StudioNodeDocument, { type: type.type, slug });
    version.current = data.editorNode.version;
    setNode(data.editorNode);
    if (resetForm) {
      const fresh = valuesOf(type, data.editorNode);
      const kept = localStorage.getItem(storageKey(type.type, slug));
      const local = kept ? (JSON.parse(kept) as Values) : null;
      if (local && !same(local, fresh)) {
        setValues(local);
        setRestoredLocal(true);
      } else {
        setValues(fresh);
        localStorage.removeItem(storageKey(type.type, slug));
      }
    }
    return data.editorNode;
  };

  useEffect(() => {
    setNode(null);
    setFailure(null);
    setMessage('');
    load(true).catch((e: Error) => setFailure(e.message));
  }, [type.type, slug]);

  // Unsaved changes survive a reload: kept in this browser until saved or discarded.
  useEffect(() => {
    if (!node) return;
    if (dirty) localStorage.setItem(storageKey(type.type, slug), JSON.stringify(values));
    else localStorage.removeItem(storageKey(type.type, slug));
  }, [values, node]);

  /** Runs a change, then reads the node again (its version and lists). */
  const act = async (work: () => Promise<unknown>, done: string, resetForm = false) => {
    setBusy(true);
    setMessage('');
    try {
      await work();
      await load(resetForm);
      setMessage(done);
      setPreviewKey((k) => k + 1);
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') setErrors(errorsOf(error));
      setMessage(t.failed((error as Error).message));
      // Someone changed it meanwhile: show what it is now, so the next change starts from there.
      if (error instanceof ApiError && error.code === 'CONFLICT')
        await load(false).catch(() => undefined);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const changedFields = (against: EditorNode): Values => {
    const stored = valuesOf(type, against);
    return Object.fromEntries(
      Object.entries(values).filter(([name, value]) => !same(value, stored[name])),
    );
  };

  const save = async (version: number, fields: Values) => {
    setErrors({});
    if (Object.keys(fields).length === 0) {
      setMessage(t.nothingToSave);
      return;
    }
    setBusy(true);
    setMessage('');
    try {
      await request(StudioSaveFieldsDocument, { type: type.type, slug, version, fields });
      localStorage.removeItem(storageKey(type.type, slug));
      await load(true);
      setRestoredLocal(false);
      setMessage(t.saved);
      setPreviewKey((k) => k + 1);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT') {
        const data = await request(StudioNodeDocument, { type: type.type, slug });
        setConflict(data.editorNode);
      } else if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') {
        setErrors(errorsOf(error));
        setMessage(t.failed(error.message));
      } else setMessage(t.failed((error as Error).message));
    } finally {
      setBusy(false);
    }
  };

  if (failure) return <p role="alert">{t.failed(failure)}</p>;
  if (!node) return <p>{t.loading}</p>;

  const at = standing(node);
  return (
    <article class="editor" aria-labelledby="editor-title">
      <header class="editor-header">
        <h1 id="editor-title">{node.title || slug}</h1>
        <span class={`badge badge-${at.toLowerCase()}`}>{t.statusLabel[at]}</span>
      </header>
      <nav class="tabs" aria-label={node.title}>
        <a href={base} aria-current={!tab ? 'page' : undefined}>
          {t.editTab}
        </a>
        <a href={`${base}/history`} aria-current={tab === 'history' ? 'page' : undefined}>
          {t.historyTab}
        </a>
        <a href={`${base}/translate`} aria-current={tab === 'translate' ? 'page' : undefined}>
          {t.translateTab}
        </a>
      </nav>
      <p role="status" class="message">
        {message}
      </p>
      {tab === 'translate' ? (
        <TranslateTab
          type={type}
          node={node}
          version={() => version.current}
          onSaved={(done) => act(async () => undefined, done)}
        />
      ) : tab === 'history' ? (
        <HistoryTab
          type={type}
          slug={slug}
          onRestored={() => act(async () => undefined, t.restored, true)}
        />
      ) : (
        <div class="editor-body">
          <form
            class="editor-form"
            aria-label={node.title}
            onSubmit={(e) => {
              e.preventDefault();
              void save(node.version, changedFields(node));
            }}
          >
            {restoredLocal && (
              <p class="notice">
                {t.restoredLocal}{' '}
                <button
                  type="button"
                  class="link-button"
                  onClick={() => {
                    localStorage.removeItem(storageKey(type.type, slug));
                    setValues(valuesOf(type, node));
                    setRestoredLocal(false);
                  }}
                >
                  {t.discardLocal}
                </button>
              </p>
            )}
            {type.fields.map((field) => (
              <FieldInput
                key={field.name}
                field={field}
                path={field.name}
                value={values[field.name]}
                errors={errors}
                onChange={(value) => setValues((v) => ({ ...v, [field.name]: value }))}
              />
            ))}
            <div class="actions">
              <button type="submit" disabled={busy}>
                {t.saveDraft}
              </button>
              <button type="button" disabled={busy} onClick={() => setConfirm('publish')}>
                {t.publish}
              </button>
              {node.status === 'PUBLISHED' && (
                <button type="button" disabled={busy} onClick={() => setConfirm('unpublish')}>
                  {t.unpublish}
                </button>
              )}
              <button type="button" disabled={busy} onClick={() => setConfirm('schedule')}>
                {t.schedule}
              </button>
            </div>
            <ScheduledList type={type} slug={slug} refresh={scheduleRound} onMessage={setMessage} />
          </form>
          <Relations
            model={model}
            type={type}
            node={node}
            busy={busy}
            act={act}
            version={() => version.current}
          />
          <div class="side">
            <Neighbourhood model={model} type={type} node={node} />
            <Preview node={node} refresh={previewKey} />
          </div>
        </div>
      )}
      {confirm === 'publish' && (
        <PublishDialog
          type={type}
          slug={slug}
          title={node.title}
          onClose={() => setConfirm(null)}
          onConfirm={async () => {
            setConfirm(null);
            await act(() => request(StudioPublishDocument, { type: type.type, slug }), t.published);
          }}
        />
      )}
      {confirm === 'schedule' && (
        <ScheduleDialog
          type={type}
          slug={slug}
          onClose={() => setConfirm(null)}
          onDone={(done) => {
            setConfirm(null);
            setMessage(done);
            setScheduleRound((r) => r + 1);
          }}
        />
      )}
      {confirm === 'unpublish' && (
        <Dialog title={t.unpublishTitle(node.title)} onClose={() => setConfirm(null)}>
          <p>{t.unpublishBody}</p>
          <div class="actions">
            <button
              type="button"
              onClick={async () => {
                setConfirm(null);
                await act(
                  () => request(StudioUnpublishDocument, { type: type.type, slug }),
                  t.unpublished,
                );
              }}
            >
              {t.confirmUnpublish}
            </button>
            <button type="button" onClick={() => setConfirm(null)}>
              {t.cancel}
            </button>
          </div>
        </Dialog>
      )}
      {conflict && (
        <ConflictDialog
          type={type}
          mine={values}
          theirs={conflict}
          onCancel={() => setConflict(null)}
          onResolve={(merged) => {
            setConflict(null);
            setValues(merged);
            const stored = valuesOf(type, conflict);
            void save(
              conflict.version,
              Object.fromEntries(Object.entries(merged).filter(([k, v]) => !same(v, stored[k]))),
            );
          }}
        />
      )}
    </article>
  );
}

interface RelationsProps {
  model: readonly ModelType[];
  type: ModelType;
  node: EditorNode;
  busy: boolean;
  act(work: () => Promise<unknown>, done: string): Promise<boolean>;
  /** The node's version as last read. */
  version(): number;
}

/** The lists a node owns, each a group with its picker; every change is a draft at once. */
function Relations({ model, type, node, busy, act, version: versionNow }: RelationsProps) {
  return (
    <section class="relations" aria-label={type.label}>
      {type.links.map((link) => {
        const target = model.find((m) => m.type === link.to);
        const items: RelationItem[] =
          node.links
            .find((l) => l.kind === link.kind)
            ?.items.map((i) => ({
              slug: i.slug,
              title: i.title,
              data: (i.data ?? {}) as Record<string, unknown>,
            })) ?? [];
        const levels = link.data.find((d) => d.name === 'level')?.options ?? null;
        const from = node.slug;
        return (
          <RelationGroup
            key={link.kind}
            label={link.label}
            to={link.to}
            hrefOf={(s) =>
              `/studio/${target ? segmentOf(target) : link.to.toLowerCase()}/${encodeURIComponent(s)}`
            }
            items={items}
            levels={levels}
            busy={busy}
            onAdd={(item) =>
              act(
                () =>
                  request(StudioLinkDocument, {
                    input: { kind: link.kind, from, to: item.slug, version: versionNow() },
                  }),
                t.linked(item.title, link.label),
              )
            }
            onRemove={(item) =>
              act(
                () =>
                  request(StudioUnlinkDocument, {
                    input: { kind: link.kind, from, to: item.slug, version: versionNow() },
                  }),
                t.unlinked(item.title, link.label),
              )
            }
            onReorder={(next) =>
              act(
                () =>
                  request(StudioReorderDocument, {
                    input: {
                      kind: link.kind,
                      from,
                      order: next.map((i) => i.slug),
                      version: versionNow(),
                    },
                  }),
                '',
              )
            }
            onLevel={(item, level) =>
              act(
                () =>
                  request(StudioUpdateLinkDocument, {
                    input: {
                      kind: link.kind,
                      from,
                      to: item.slug,
                      level: level as SkillLevel,
                      version: versionNow(),
                    },
                  }),
                '',
              )
            }
          />
        );
      })}
    </section>
  );
}

/** The node's page as it will look (drafts included), in any locale, at desktop or phone width. */
function Preview({ node, refresh }: { node: EditorNode; refresh: number }) {
  const [locales, setLocales] = useState<{ code: string; name: string }[]>([]);
  const [locale, setLocale] = useState('');
  const [phone, setPhone] = useState(false);
  useEffect(() => {
    request(StudioLocalesDocument)
      .then((data) => {
        setLocales(data.locales);
        setLocale((l) => l || data.locales[0]?.code || '');
      })
      .catch(() => setLocales([]));
  }, []);
  const src = useMemo(() => {
    if (!node.pagePath) return null;
    const prefix = locale && locales[0] && locale !== locales[0].code ? `/${locale}` : '';
    return `/preview?path=${encodeURIComponent(prefix + node.pagePath)}&v=${refresh}`;
  }, [node.pagePath, locale, refresh, locales]);
  return (
    <section class="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{t.preview}</h2>
      {src ? (
        <>
          <div class="preview-controls">
            <label>
              {t.previewLocale}
              <select value={locale} onChange={(e) => setLocale(e.currentTarget.value)}>
                {locales.map((l) => (
                  <option key={l.code} value={l.code}>
                    {l.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" aria-pressed={phone} onClick={() => setPhone((p) => !p)}>
              {t.phoneWidth}
            </button>
          </div>
          <iframe
            key={src}
            class={phone ? 'preview-frame phone' : 'preview-frame'}
            title={`${t.preview}: ${node.title}`}
            src={src}
          />
        </>
      ) : (
        <p class="muted">{t.noPreview}</p>
      )}
    </section>
  );
}

interface ConflictProps {
  type: ModelType;
  mine: Values;
  theirs: EditorNode;
  onCancel(): void;
  onResolve(merged: Values): void;
}

/** Someone saved first: both versions side by side, chosen field by field. Nothing is lost. */
function ConflictDialog({ type, mine, theirs, onCancel, onResolve }: ConflictProps) {
  const other = valuesOf(type, theirs);
  const differing = type.fields.filter((f) => !same(mine[f.name], other[f.name]));
  const [choice, setChoice] = useState<Record<string, 'mine' | 'theirs'>>(() =>
    Object.fromEntries(differing.map((f) => [f.name, 'mine' as const])),
  );
  const merged = () =>
    Object.fromEntries(
      type.fields.map((f) => [f.name, choice[f.name] === 'theirs' ? other[f.name] : mine[f.name]]),
    );
  const show = (value: unknown) =>
    Array.isArray(value) ? value.join('\n') : value == null ? '' : String(value);
  return (
    <Dialog title={t.conflictTitle} onClose={onCancel}>
      <p>{t.conflictBody}</p>
      {differing.map((field) => (
        <fieldset key={field.name} class="conflict-field">
          <legend>{field.label}</legend>
          <label>
            <input
              type="radio"
              name={`conflict-${field.name}`}
              checked={choice[field.name] === 'mine'}
              onChange={() => setChoice((c) => ({ ...c, [field.name]: 'mine' }))}
            />
            {t.yours}
            <pre>{show(mine[field.name])}</pre>
          </label>
          <label>
            <input
              type="radio"
              name={`conflict-${field.name}`}
              checked={choice[field.name] === 'theirs'}
              onChange={() => setChoice((c) => ({ ...c, [field.name]: 'theirs' }))}
            />
            {t.theirs}
            <pre>{show(other[field.name])}</pre>
          </label>
        </fieldset>
      ))}
      <div class="actions">
        <button type="button" onClick={() => onResolve(mine)}>
          {t.keepMine}
        </button>
        <button type="button" onClick={() => onResolve(other)}>
          {t.takeTheirs}
        </button>
        <button type="button" onClick={() => onResolve(merged())}>
          {t.saveMerged}
        </button>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </Dialog>
  );
}

/**
 * Where the node sits in the graph: the specialisms whose comparison tables list it, the other
 * nodes that list it, and how long its own lists are; each a link to its editor.
 */
function Neighbourhood({
  model,
  type,
  node,
}: {
  model: readonly ModelType[];
  type: ModelType;
  node: EditorNode;
}) {
  const hrefOf = (typeName: string, slug: string) => {
    const target = model.find((m) => m.type === typeName);
    return `/studio/${target ? segmentOf(target) : typeName.toLowerCase()}/${encodeURIComponent(slug)}`;
  };
  const labelOf = (kind: string) =>
    model.flatMap((m) => m.links).find((l) => l.kind === kind)?.label ?? kind;
  const tables = node.linkedFrom.filter((l) => l.kind === 'SPECIALISM_ROLE');
  const others = node.linkedFrom.filter((l) => l.kind !== 'SPECIALISM_ROLE');
  return (
    <aside class="neighbourhood" aria-labelledby="neighbourhood-title">
      <h2 id="neighbourhood-title">{t.neighbourhood}</h2>
      {tables.length > 0 && (
        <>
          <h3>{t.inTables}</h3>
          <ul>
            {tables.map((l) => (
              <li key={l.slug}>
                <a href={hrefOf(l.type, l.slug)}>{l.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t.linkedFromTitle}</h3>
      {others.length === 0 && tables.length === 0 ? (
        <p class="muted">{t.notLinked}</p>
      ) : (
        <ul>
          {others.map((l) => (
            <li key={`${l.kind}/${l.slug}`}>
              <a href={hrefOf(l.type, l.slug)}>{l.title}</a>{' '}
              <span class="muted">({labelOf(l.kind)})</span>
            </li>
          ))}
        </ul>
      )}
      {type.links.length > 0 && (
        <>
          <h3>{t.counts}</h3>
          <ul class="counts">
            {type.links.map((link) => (
              <li key={link.kind}>
                {t.countOf(
                  link.label,
                  node.links.find((l) => l.kind === link.kind)?.items.length ?? 0,
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
