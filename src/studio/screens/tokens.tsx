import { useState } from 'preact/hooks';
import { request } from '../api/client.js';
import { useManagedList } from '../components/use-managed-list.js';
import {
  StudioCreateTokenDocument,
  StudioRevokeTokenDocument,
  StudioTokensDocument,
  type UserRole,
} from '../generated/graphql.js';
import { when } from '../model.js';
import { t } from '../text/index.js';

const ROLES: UserRole[] = ['VIEWER', 'EDITOR', 'ADMIN'];

/** API tokens: create one (its secret shown once), revoke one. */
export function TokensScreen() {
  const {
    items: tokens,
    message,
    run,
  } = useManagedList(() => request(StudioTokensDocument).then((d) => d.apiTokens));
  const [name, setName] = useState('');
  const [role, setRole] = useState<UserRole>('EDITOR');
  return (
    <section aria-labelledby="admin-title">
      <h1 id="admin-title">{t.tokens}</h1>
      <p role="status" class="message">
        {message}
      </p>
      <table>
        <caption class="visually-hidden">{t.tokens}</caption>
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.role}</th>
            <th scope="col">{t.created}</th>
            <th scope="col">{t.userStatus}</th>
            <th scope="col">
              <span class="visually-hidden">{t.admin}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens?.map((token) => (
            <tr key={token.id}>
              <td>{token.name}</td>
              <td>{t.roleNames[token.role]}</td>
              <td>{when(token.createdAt)}</td>
              <td>{token.revokedAt ? t.revokedAt(when(token.revokedAt)) : t.active}</td>
              <td>
                {!token.revokedAt && (
                  <button
                    type="button"
                    class="link-button"
                    onClick={() =>
                      run(async () => {
                        await request(StudioRevokeTokenDocument, { name: token.name });
                        return t.revoked(token.name);
                      })
                    }
                  >
                    {t.revoke(token.name)}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        class="admin-form"
        aria-label={t.createToken}
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            const d = await request(StudioCreateTokenDocument, { name, role });
            setName('');
            return t.tokenMade(d.createApiToken.token);
          });
        }}
      >
        <h2>{t.createToken}</h2>
        <label>
          {t.tokenName}
          <input
            type="text"
            required
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <label>
          {t.role}
          <select value={role} onChange={(e) => setRole(e.currentTarget.value as UserRole)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t.roleNames[r]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t.createToken}</button>
      </form>
    </section>
  );
}
