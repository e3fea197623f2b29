import { useEffect, useState } from 'preact/hooks';
import { request } from './api/client.js';
import { StudioModelDocument } from './generated/graphql.js';
import { segmentOf, typeOf, type ModelType } from './model.js';
import { useRoute, type Route } from './router.js';
import { AuditScreen, EnquiriesScreen, WebhooksScreen } from './screens/admin.js';
import { EditorScreen } from './screens/editor.js';
import { ListScreen } from './screens/list.js';
import { t } from './text/index.js';

/** The Studio: navigation by content type, and the screen the address names. */
export function App() {
  const route = useRoute();
  const [model, setModel] = useState<ModelType[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    request(StudioModelDocument)
      .then((data) => setModel(data.contentModel))
      .catch((e: Error) => setError(e.message));
  }, []);
  const current = model && 'type' in route ? typeOf(model, route.type) : undefined;
  return (
    <div class="studio">
      <header class="studio-header">
        <a href="/studio/" class="studio-name">
          {t.appName}
        </a>
      </header>
      <nav aria-label={t.navigation}>
        {model && (
          <ul>
            {model.map((type) => (
              <li key={type.type}>
                <a
                  href={`/studio/${segmentOf(type)}/`}
                  aria-current={current === type ? 'page' : undefined}
                >
                  {type.plural}
                </a>
              </li>
            ))}
          </ul>
        )}
        <AdminNav current={route.screen === 'admin' ? route.page : null} />
      </nav>
      <main>
        {error ? (
          <p role="alert">{t.failed(error)}</p>
        ) : !model ? (
          <p>{t.loading}</p>
        ) : (
          <Screen model={model} route={route} />
        )}
      </main>
    </div>
  );
}

function Screen({ model, route }: { model: ModelType[]; route: Route }) {
  switch (route.screen) {
    case 'home':
      return <p>{t.home}</p>;
    case 'list': {
      const type = typeOf(model, route.type);
      return type ? <ListScreen key={type.type} type={type} /> : <p>{t.missing}</p>;
    }
    case 'edit': {
      const type = typeOf(model, route.type);
      return type ? (
        <EditorScreen
          key={`${type.type}/${route.slug}`}
          model={model}
          type={type}
          slug={route.slug}
          tab={route.tab}
        />
      ) : (
        <p>{t.missing}</p>
      );
    }
    case 'admin':
      return ADMIN_PAGES.find((p) => p.page === route.page)?.screen() ?? <p>{t.missing}</p>;
    default:
      return <p>{t.missing}</p>;
  }
}

/** The administrators' pages, by address. */
const ADMIN_PAGES = [
  { page: 'webhooks', label: t.webhooks, screen: () => <WebhooksScreen /> },
  { page: 'enquiries', label: t.enquiries, screen: () => <EnquiriesScreen /> },
  { page: 'audit-log', label: t.auditLog, screen: () => <AuditScreen /> },
];

function AdminNav({ current }: { current: string | null }) {
  return (
    <>
      <h2 class="nav-heading" id="admin-nav">
        {t.admin}
      </h2>
      <ul aria-labelledby="admin-nav">
        {ADMIN_PAGES.map((p) => (
          <li key={p.page}>
            <a
              href={`/studio/admin/${p.page}`}
              aria-current={current === p.page ? 'page' : undefined}
            >
              {p.label}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
