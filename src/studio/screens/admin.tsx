import { useEffect, useState } from 'preact/hooks';
import { request } from '../api/client.js';
import {
  StudioAuditLogDocument,
  StudioCreateWebhookDocument,
  StudioDeleteWebhookDocument,
  StudioDeliveriesDocument,
  StudioEnquiriesDocument,
  StudioResendDeliveryDocument,
  StudioWebhooksDocument,
  type StudioAuditLogQuery,
  type StudioDeliveriesQuery,
  type StudioEnquiriesQuery,
  type StudioWebhooksQuery,
  type WebhookEvent,
} from '../generated/graphql.js';
import { when } from '../model.js';
import { t } from '../text/index.js';

const EVENTS: WebhookEvent[] = ['PUBLISHED', 'UNPUBLISHED', 'DELETED', 'ENQUIRY', 'APPLICATION'];

/** Reads once, and again on `reload()`; the error, if any, as text. */
function useQuery<T>(read: () => Promise<T>, deps: unknown[] = []) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    read()
      .then((d) => current && setData(d))
      .catch((e: Error) => current && setError(e.message));
    return () => {
      current = false;
    };
  }, [round, ...deps]);
  return { data, error, reload: () => setRound((r) => r + 1) };
}

/** Webhooks: add one, delete one, read its delivery log, resend a delivery. */
export function WebhooksScreen() {
  const hooks = useQuery(() => request(StudioWebhooksDocument).then((d) => d.webhooks));
  const [open, setOpen] = useState<StudioWebhooksQuery['webhooks'][number] | null>(null);
  const [message, setMessage] = useState('');
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>(['PUBLISHED', 'UNPUBLISHED']);
  const run = async (work: () => Promise<unknown>, done: string) => {
    setMessage('');
    try {
      await work();
      setMessage(done);
      hooks.reload();
    } catch (e) {
      setMessage(t.failed((e as Error).message));
    }
  };
  return (
    <section aria-labelledby="admin-title">
      <h1 id="admin-title">{t.webhooks}</h1>
      <p role="status">{message}</p>
      {hooks.error && <p role="alert">{t.failed(hooks.error)}</p>}
      {hooks.data?.length === 0 && <p>{t.noWebhooks}</p>}
      <ul class="node-list">
        {hooks.data?.map((hook) => (
          <li key={hook.id}>
            <span>{hook.url}</span>
            <span class="muted">{hook.events.join(', ')}</span>
            <button type="button" class="link-button" onClick={() => setOpen(hook)}>
              {t.showDeliveries(hook.url)}
            </button>
            <button
              type="button"
              class="link-button"
              onClick={() =>
                run(() => request(StudioDeleteWebhookDocument, { id: hook.id }), t.webhookDeleted)
              }
            >
              {t.deleteWebhook(hook.url)}
            </button>
          </li>
        ))}
      </ul>
      <form
        class="admin-form"
        aria-label={t.addWebhook}
        onSubmit={(e) => {
          e.preventDefault();
          void run(
            () => request(StudioCreateWebhookDocument, { input: { url, secret, events } }),
            t.webhookAdded,
          ).then(() => {
            setUrl('');
            setSecret('');
          });
        }}
      >
        <label>
          {t.webhookUrl}
          <input type="url" required value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
        </label>
        <label>
          {t.webhookSecret}
          <input
            type="text"
            required
            minLength={16}
            value={secret}
            onInput={(e) => setSecret(e.currentTarget.value)}
          />
        </label>
        <fieldset>
          <legend>{t.webhookEvents}</legend>
          {EVENTS.map((event) => (
            <label key={event} class="inline">
              <input
                type="checkbox"
                checked={events.includes(event)}
                onChange={(e) =>
                  setEvents((list) =>
                    e.currentTarget.checked ? [...list, event] : list.filter((x) => x !== event),
                  )
                }
              />
              {event}
            </label>
          ))}
        </fieldset>
        <button type="submit">{t.addWebhook}</button>
      </form>
      {open && <Deliveries key={open.id} webhook={open} onMessage={setMessage} />}
    </section>
  );
}

type Delivery = StudioDeliveriesQuery['webhookDeliveries'][number];

function Deliveries(props: {
  webhook: StudioWebhooksQuery['webhooks'][number];
  onMessage(text: string): void;
}) {
  const list = useQuery(() =>
    request(StudioDeliveriesDocument, { webhook: props.webhook.id }).then(
      (d) => d.webhookDeliveries,
    ),
  );
  const title = t.deliveries(props.webhook.url);
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      {list.error && <p role="alert">{t.failed(list.error)}</p>}
      {list.data?.length === 0 && <p>{t.noDeliveries}</p>}
      {list.data && list.data.length > 0 && (
        <table>
          <caption class="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t.event}</th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.attempts}</th>
              <th scope="col">{t.lastAnswer}</th>
              <th scope="col">
                <span class="visually-hidden">{t.resend}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((d: Delivery) => (
              <tr key={d.id}>
                <td>{d.event}</td>
                <td>{d.status}</td>
                <td>{d.attempts}</td>
                <td>{d.lastStatus ?? d.lastError ?? ''}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`${t.resend} ${d.event} ${d.id}`}
                    onClick={() =>
                      request(StudioResendDeliveryDocument, { id: d.id })
                        .then(() => {
                          props.onMessage(t.resent);
                          list.reload();
                        })
                        .catch((e: Error) => props.onMessage(t.failed(e.message)))
                    }
                  >
                    {t.resend}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

type EnquiryEdge = StudioEnquiriesQuery['enquiries']['edges'][number];

/** The enquiries inbox, newest first, fifty at a time. */
export function EnquiriesScreen() {
  const [rows, setRows] = useState<EnquiryEdge[]>([]);
  const [after, setAfter] = useState<string | null>(null);
  const page = useQuery(() => request(StudioEnquiriesDocument, { after }), [after]);
  useEffect(() => {
    if (page.data)
      setRows((r) => (after ? [...r, ...page.data!.enquiries.edges] : page.data!.enquiries.edges));
  }, [page.data]);
  return (
    <section aria-labelledby="admin-title">
      <h1 id="admin-title">{t.enquiries}</h1>
      {page.error && <p role="alert">{t.failed(page.error)}</p>}
      {page.data && rows.length === 0 && <p>{t.noEnquiries}</p>}
      <ol class="enquiries">
        {rows.map(({ node }) => (
          <li key={node.id}>
            <h2>
              {node.name}, {node.company}
            </h2>
            <p class="muted">
              {node.email} · {node.specialism} · {node.roles.join(', ')} · {when(node.createdAt)}
            </p>
            <p>{node.message}</p>
          </li>
        ))}
      </ol>
      {page.data?.enquiries.pageInfo.hasNextPage && (
        <button
          type="button"
          onClick={() => setAfter(page.data!.enquiries.pageInfo.endCursor ?? null)}
        >
          {t.more}
        </button>
      )}
    </section>
  );
}

type AuditEdge = StudioAuditLogQuery['auditLog']['edges'][number];

/** Every change, newest first, with who made it. */
export function AuditScreen() {
  const [rows, setRows] = useState<AuditEdge[]>([]);
  const [after, setAfter] = useState<string | null>(null);
  const page = useQuery(() => request(StudioAuditLogDocument, { after }), [after]);
  useEffect(() => {
    if (page.data)
      setRows((r) => (after ? [...r, ...page.data!.auditLog.edges] : page.data!.auditLog.edges));
  }, [page.data]);
  return (
    <section aria-labelledby="admin-title">
      <h1 id="admin-title">{t.auditLog}</h1>
      {page.error && <p role="alert">{t.failed(page.error)}</p>}
      <table>
        <caption class="visually-hidden">{t.auditLog}</caption>
        <thead>
          <tr>
            <th scope="col">{t.when}</th>
            <th scope="col">{t.who}</th>
            <th scope="col">{t.operation}</th>
            <th scope="col">{t.target}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ node }) => (
            <tr key={node.id}>
              <td>{when(node.at)}</td>
              <td>{node.actor}</td>
              <td>{node.operation}</td>
              <td>{node.nodeType ? `${node.nodeType} ${node.nodeSlug ?? ''}` : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {page.data?.auditLog.pageInfo.hasNextPage && (
        <button
          type="button"
          onClick={() => setAfter(page.data!.auditLog.pageInfo.endCursor ?? null)}
        >
          {t.more}
        </button>
      )}
    </section>
  );
}
