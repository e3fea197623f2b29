import { useEffect, useState } from 'preact/hooks';
import { request } from '../api/client.js';
import { Dialog } from '../components/dialog.js';
import {
  StudioCancelScheduledDocument,
  StudioPublishPreviewDocument,
  StudioScheduledDocument,
  StudioSchedulePublishDocument,
  StudioScheduleUnpublishDocument,
  type StudioPublishPreviewQuery,
  type StudioScheduledQuery,
} from '../generated/graphql.js';
import { when, type ModelType } from '../model.js';
import { t } from '../text/index.js';

type Preview = StudioPublishPreviewQuery['publishPreview'];

const show = (value: unknown) =>
  value == null
    ? '—'
    : typeof value === 'string'
      ? value
      : Array.isArray(value)
        ? value.join(', ')
        : JSON.stringify(value);

/**
 * The publish confirmation: what will change (fields with old and new values, links added and
 * removed, the pages it touches), read from `publishPreview` before anything is published.
 */
export function PublishDialog(props: {
  type: ModelType;
  slug: string;
  title: string;
  onConfirm(): void;
  onClose(): void;
}) {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    request(StudioPublishPreviewDocument, { type: props.type.type, slug: props.slug })
      .then((d) => setPreview(d.publishPreview))
      .catch((e: Error) => setError(e.message));
  }, []);
  const label = (field: string) => props.type.fields.find((f) => f.name === field)?.label ?? field;
  const linkLabel = (kind: string) => props.type.links.find((l) => l.kind === kind)?.label ?? kind;
  const links = (preview?.links ?? []).filter(
    (l) => l.added.length > 0 || l.removed.length > 0 || l.changed,
  );
  const nothing = preview && preview.fields.length === 0 && links.length === 0;
  return (
    <Dialog title={t.publishTitle(props.title)} onClose={props.onClose}>
      <h3>{t.willChange}</h3>
      {error && <p role="alert">{t.failed(error)}</p>}
      {!preview && !error && <p>{t.loading}</p>}
      {nothing && <p>{t.nothingChanges}</p>}
      {preview && preview.fields.length > 0 && (
        <table class="changes">
          <caption>{t.fieldsChanging}</caption>
          <thead>
            <tr>
              <th scope="col">{t.field}</th>
              <th scope="col">{t.before}</th>
              <th scope="col">{t.after}</th>
            </tr>
          </thead>
          <tbody>
            {preview.fields.map((f) => (
              <tr key={f.field}>
                <th scope="row">{label(f.field)}</th>
                <td>
                  <del>{show(f.before)}</del>
                </td>
                <td>
                  <ins>{show(f.after)}</ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {links.length > 0 && (
        <>
          <h4>{t.linksChanging}</h4>
          <ul>
            {links.map((l) => (
              <li key={l.kind}>
                {linkLabel(l.kind)}:{' '}
                {[
                  l.added.length ? t.addedLinks(l.added.join(', ')) : '',
                  l.removed.length ? t.removedLinks(l.removed.join(', ')) : '',
                  !l.added.length && !l.removed.length ? t.reordered : '',
                ]
                  .filter(Boolean)
                  .join('; ')}
              </li>
            ))}
          </ul>
        </>
      )}
      {preview && preview.affectedPaths.length > 0 && (
        <>
          <p>{t.pagesTouched(preview.affectedPaths.length)}</p>
          <ul class="paths">
            {preview.affectedPaths.slice(0, 20).map((p) => (
              <li key={p}>
                <code>{p}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      <div class="actions">
        <button type="button" disabled={!preview} onClick={props.onConfirm}>
          {t.confirmPublish}
        </button>
        <button type="button" onClick={props.onClose}>
          {t.cancel}
        </button>
      </div>
    </Dialog>
  );
}

/** Schedules a publish or an unpublish at a local date and time. */
export function ScheduleDialog(props: {
  type: ModelType;
  slug: string;
  onDone(message: string): void;
  onClose(): void;
}) {
  const [action, setAction] = useState<'PUBLISH' | 'UNPUBLISH'>('PUBLISH');
  const [at, setAt] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog title={t.scheduleTitle} onClose={props.onClose}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setError(null);
          try {
            const variables = {
              type: props.type.type,
              slug: props.slug,
              at: new Date(at).toISOString(),
            };
            if (action === 'PUBLISH') await request(StudioSchedulePublishDocument, variables);
            else await request(StudioScheduleUnpublishDocument, variables);
            props.onDone(t.scheduled);
          } catch (err) {
            setError((err as Error).message);
          }
        }}
      >
        <label for="schedule-action">{t.scheduleWhat}</label>
        <select
          id="schedule-action"
          value={action}
          onChange={(e) => setAction(e.currentTarget.value as 'PUBLISH' | 'UNPUBLISH')}
        >
          <option value="PUBLISH">{t.schedulePublishOption}</option>
          <option value="UNPUBLISH">{t.scheduleUnpublishOption}</option>
        </select>
        <label for="schedule-at">{t.scheduleWhen}</label>
        <input
          id="schedule-at"
          type="datetime-local"
          required
          value={at}
          onInput={(e) => setAt(e.currentTarget.value)}
        />
        {error && <p role="alert">{error}</p>}
        <div class="actions">
          <button type="submit">{t.confirmSchedule}</button>
          <button type="button" onClick={props.onClose}>
            {t.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

type Scheduled = StudioScheduledQuery['scheduledActions']['edges'][number]['node'];

/** What is scheduled for this node, each with a cancel button. */
export function ScheduledList(props: {
  type: ModelType;
  slug: string;
  refresh: number;
  onMessage(message: string): void;
}) {
  const [items, setItems] = useState<Scheduled[]>([]);
  const [round, setRound] = useState(0);
  useEffect(() => {
    request(StudioScheduledDocument, { type: props.type.type, slug: props.slug })
      .then((d) => setItems(d.scheduledActions.edges.map((e) => e.node)))
      .catch(() => setItems([]));
  }, [props.refresh, round]);
  if (items.length === 0) return null;
  return (
    <section class="scheduled" aria-labelledby="scheduled-title">
      <h2 id="scheduled-title">{t.scheduledList}</h2>
      <ul>
        {items.map((item) => {
          const what = t.scheduledItem(item.action, when(item.at), item.createdBy);
          return (
            <li key={item.id}>
              {what}{' '}
              <button
                type="button"
                class="link-button"
                onClick={() =>
                  request(StudioCancelScheduledDocument, { id: item.id })
                    .then(() => {
                      props.onMessage(t.scheduleCancelled);
                      setRound((r) => r + 1);
                    })
                    .catch((e: Error) => props.onMessage(t.failed(e.message)))
                }
              >
                {t.cancelScheduled(what)}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
