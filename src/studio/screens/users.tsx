import { useState } from 'preact/hooks';
import { request } from '../api/client.js';
import { useManagedList } from '../components/use-managed-list.js';
import {
  StudioChangeUserRoleDocument,
  StudioDeactivateUserDocument,
  StudioInviteUserDocument,
  StudioResetUserPasswordDocument,
  StudioUsersDocument,
  type UserRole,
} from '../generated/graphql.js';
import { when } from '../model.js';
import { t } from '../text/index.js';

const ROLES: UserRole[] = ['VIEWER', 'EDITOR', 'ADMIN'];

/** Users: invite one (the one-time link is shown to pass on), change a role, deactivate, reset. */
export function UsersScreen({ me }: { me: string }) {
  const {
    items: users,
    message,
    run,
  } = useManagedList(() =>
    request(StudioUsersDocument, { after: null }).then((d) => d.users.edges.map((e) => e.node)),
  );
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<UserRole>('EDITOR');
  return (
    <section aria-labelledby="admin-title">
      <h1 id="admin-title">{t.users}</h1>
      <p role="status" class="message">
        {message}
      </p>
      <table>
        <caption class="visually-hidden">{t.users}</caption>
        <thead>
          <tr>
            <th scope="col">{t.email}</th>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.role}</th>
            <th scope="col">{t.userStatus}</th>
            <th scope="col">{t.lastSignIn}</th>
            <th scope="col">
              <span class="visually-hidden">{t.admin}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users?.map((user) => (
            <tr key={user.email}>
              <td>{user.email}</td>
              <td>{user.name}</td>
              <td>
                <select
                  aria-label={t.roleOf(user.email)}
                  value={user.role}
                  disabled={user.email === me}
                  onChange={(e) => {
                    const next = e.currentTarget.value as UserRole;
                    void run(async () => {
                      await request(StudioChangeUserRoleDocument, {
                        email: user.email,
                        role: next,
                      });
                      return t.roleChanged(user.email);
                    });
                  }}
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t.roleNames[r]}
                    </option>
                  ))}
                </select>
              </td>
              <td>{user.status.toLowerCase()}</td>
              <td>{user.lastSignInAt ? when(user.lastSignInAt) : t.never}</td>
              <td>
                <button
                  type="button"
                  class="link-button"
                  onClick={() =>
                    run(async () => {
                      const d = await request(StudioResetUserPasswordDocument, {
                        email: user.email,
                      });
                      return t.linkMade(d.resetUserPassword.url);
                    })
                  }
                >
                  {t.resetLink(user.email)}
                </button>{' '}
                {user.status !== 'DEACTIVATED' && user.email !== me && (
                  <button
                    type="button"
                    class="link-button"
                    onClick={() =>
                      run(async () => {
                        await request(StudioDeactivateUserDocument, { email: user.email });
                        return t.deactivated(user.email);
                      })
                    }
                  >
                    {t.deactivate(user.email)}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        class="admin-form"
        aria-label={t.inviteUser}
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            const d = await request(StudioInviteUserDocument, {
              email,
              role,
              name: name.trim() || null,
            });
            setEmail('');
            setName('');
            return t.linkMade(d.inviteUser.url);
          });
        }}
      >
        <h2>{t.inviteUser}</h2>
        <label>
          {t.email}
          <input
            type="email"
            required
            value={email}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
        </label>
        <label>
          {t.name}
          <input type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} />
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
        <button type="submit">{t.invite}</button>
      </form>
    </section>
  );
}
