import { useEffect, useState } from 'preact/hooks';
import { request, setCsrfToken } from './api/client.js';
import {
  StudioMeDocument,
  StudioModelDocument,
  StudioSignOutDocument,
  type StudioSessionFragment,
} from './generated/graphql.js';
import { GlobalSearch } from './components/global-search.js';
import { segmentOf, typeOf, type ModelType } from './model.js';
import { navigate, useRoute, type Route } from './router.js';
import { AuditScreen, EnquiriesScreen, WebhooksScreen } from './screens/admin.js';
import { EditorScreen } from './screens/editor.js';
import { ListScreen } from './screens/list.js';
import { SetPasswordScreen, SignInScreen } from './screens/sign-in.js';
import { TokensScreen } from './screens/tokens.js';
import { UsersScreen } from './screens/users.js';
import { t } from './text/index.js';

type Session = StudioSessionFragment;

/**
 * The Studio: sign-in first (invitation and reset links land on their own screens), then
 * navigation by content type — and, for admins, administration — and the screen the address
 * names. What a role may do is checked by the server; the interface only hides what it cannot.
 */
export function App() {
  const route = useRoute();
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  useEffect(() => {
    request(StudioMeDocument)
      .then((data) => signedIn(data.me))
      .catch(() => setSession(null));
  }, []);
  const signedIn = (next: Session | null) => {
    setCsrfToken(next?.csrfToken ?? null);
    setSession(next);
  };

  if (route.screen === 'invite' || route.screen === 'reset')
    return <SetPasswordScreen key={route.code} kind={route.screen} code={route.code} />;
  if (session === undefined) return <p>{t.loading}</p>;
  if (session === null)
    return (
      <SignInScreen
        notice={location.search.includes('password-set') ? t.passwordSet : undefined}
        onSignedIn={signedIn}
      />
    );
  return (
    <Shell
      session={session}
      route={route}
      onSignOut={async () => {
        await request(StudioSignOutDocument).catch(() => undefined);
        signedIn(null);
        navigate('/studio/', { replace: true });
      }}
    />
  );
}

function Shell(props: { session: Session; route: Route; onSignOut(): void }) {
  const { session, route } = props;
  const [model, setModel] = useState<ModelType[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    request(StudioModelDocument)
      .then((data) => setModel(data.contentModel))
      .catch((e: Error) => setError(e.message));
  }, []);
  const current = model && 'type' in route ? typeOf(model, route.type) : undefined;
  const admin = session.user.role === 'ADMIN';
  return (
    <div class="studio">
      <header class="studio-header">
        <a href="/studio/" class="studio-name">
          {t.appName}
        </a>
        {model && <GlobalSearch model={model} />}
        <span class="who">
          {t.signedInAs(session.user.name, session.user.role)}{' '}
          <button type="button" onClick={props.onSignOut}>
            {t.signOut}
          </button>
        </span>
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
        {admin && <AdminNav current={route.screen === 'admin' ? route.page : null} />}
      </nav>
      <main>
        {error ? (
          <p role="alert">{t.failed(error)}</p>
        ) : !model ? (
          <p>{t.loading}</p>
        ) : (
          <Screen model={model} route={route} session={session} />
        )}
      </main>
    </div>
  );
}

function Screen({ model, route, session }: { model: ModelType[]; route: Route; session: Session }) {
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
    case 'admin': {
      if (session.user.role !== 'ADMIN') return <p role="alert">{t.adminOnly}</p>;
      const page = ADMIN_PAGES.find((p) => p.page === route.page);
      return page ? page.screen(session) : <p>{t.missing}</p>;
    }
    default:
      return <p>{t.missing}</p>;
  }
}

/** The administrators' pages, by address. */
const ADMIN_PAGES = [
  { page: 'users', label: t.users, screen: (s: Session) => <UsersScreen me={s.user.email} /> },
  { page: 'tokens', label: t.tokens, screen: () => <TokensScreen /> },
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
