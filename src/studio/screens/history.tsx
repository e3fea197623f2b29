import { useEffect, useState } from 'preact/hooks';
import { request } from '../api/client.js';
import {
  StudioRestoreDocument,
  StudioRevisionsDocument,
  type StudioRevisionsQuery,
} from '../generated/graphql.js';
import { when, type ModelType } from '../model.js';
import { t } from '../text/index.js';

type Revision = StudioRevisionsQuery['revisions'][number];

const show = (value: unknown) =>
  value == null ? '' : typeof value === 'string' ? value : JSON.stringify(value, null, 1);

/** Every published revision with who, when and a field-by-field diff; each can be restored. */
export function HistoryTab(props: { type: ModelType; slug: string; onRestored(): void }) {
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    request(StudioRevisionsDocument, { type: props.type.type, slug: props.slug })
      .then((data) => setRevisions(data.revisions))
      .catch((e: Error) => setError(e.message));
  }, [props.type.type, props.slug]);
  const label = (field: string) =>
    props.type.fields.find((f) => f.name === field)?.label ??
    props.type.links.find((l) => `links.${l.kind}` === field)?.label ??
    field;
  if (error) return <p role="alert">{t.failed(error)}</p>;
  if (!revisions) return <p>{t.loading}</p>;
  if (revisions.length === 0) return <p>{t.noRevisions}</p>;
  return (
    <section aria-labelledby="revisions-title">
      <h2 id="revisions-title">{t.revisions}</h2>
      <ol class="revisions">
        {revisions.map((revision) => {
          const title = t.revisionBy(revision.version, revision.actor, when(revision.createdAt));
          return (
            <li key={revision.id}>
              <h3>{title}</h3>
              <table>
                <caption class="visually-hidden">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.field}</th>
                    <th scope="col">{t.before}</th>
                    <th scope="col">{t.after}</th>
                  </tr>
                </thead>
                <tbody>
                  {revision.changes.map((change) => (
                    <tr key={change.field}>
                      <th scope="row">{label(change.field)}</th>
                      <td>
                        <del>{show(change.before)}</del>
                      </td>
                      <td>
                        <ins>{show(change.after)}</ins>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <button
                type="button"
                aria-label={`${t.restore} version ${revision.version}`}
                onClick={() =>
                  request(StudioRestoreDocument, { id: revision.id }).then(props.onRestored)
                }
              >
                {t.restore}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
