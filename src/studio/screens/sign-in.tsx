import { useState } from 'preact/hooks';
import { ApiError, request } from '../api/client.js';
import {
  StudioAcceptInvitationDocument,
  StudioResetPasswordDocument,
  StudioSignInDocument,
  type StudioSessionFragment,
} from '../generated/graphql.js';
import { navigate } from '../router.js';
import { t } from '../text/index.js';

/** The sign-in form: Email, Password, Sign in. */
export function SignInScreen(props: {
  notice?: string;
  onSignedIn(s: StudioSessionFragment): void;
}) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <main class="sign-in">
      <h1>{t.signInTitle}</h1>
      {props.notice && <p role="status">{props.notice}</p>}
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          setError(null);
          try {
            const data = await request(StudioSignInDocument, { email, password });
            props.onSignedIn(data.signIn);
          } catch (err) {
            setError((err as Error).message);
          } finally {
            setBusy(false);
          }
        }}
      >
        <label for="sign-in-email">{t.email}</label>
        <input
          id="sign-in-email"
          type="email"
          autocomplete="username"
          required
          value={email}
          onInput={(e) => setEmail(e.currentTarget.value)}
        />
        <label for="sign-in-password">{t.password}</label>
        <input
          id="sign-in-password"
          type="password"
          autocomplete="current-password"
          required
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
        {error && <p role="alert">{error}</p>}
        <button type="submit" disabled={busy}>
          {t.signIn}
        </button>
      </form>
    </main>
  );
}

/** Where an invitation or a reset link lands: the user sets a password, then signs in. */
export function SetPasswordScreen(props: { kind: 'invite' | 'reset'; code: string }) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const invite = props.kind === 'invite';
  return (
    <main class="sign-in">
      <h1>{invite ? t.acceptTitle : t.resetTitle}</h1>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setError(null);
          try {
            if (invite)
              await request(StudioAcceptInvitationDocument, {
                code: props.code,
                password,
                name: name.trim() || null,
              });
            else await request(StudioResetPasswordDocument, { code: props.code, password });
            navigate('/studio/?password-set=1', { replace: true });
          } catch (err) {
            setError(err instanceof ApiError ? err.message : t.failed((err as Error).message));
          }
        }}
      >
        {invite && (
          <>
            <label for="set-name">{t.yourName}</label>
            <input
              id="set-name"
              type="text"
              autocomplete="name"
              value={name}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          </>
        )}
        <label for="set-password">{t.newPassword}</label>
        <input
          id="set-password"
          type="password"
          autocomplete="new-password"
          required
          minLength={12}
          aria-describedby="set-password-hint"
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
        <p id="set-password-hint" class="help">
          {t.passwordHint}
        </p>
        {error && <p role="alert">{error}</p>}
        <button type="submit">{invite ? t.accept : t.reset}</button>
      </form>
    </main>
  );
}
