import { useEffect, useState } from 'preact/hooks';
import { request } from './api/client.js';
import { StudioModelDocument, type StudioModelQuery } from './generated/graphql.js';
import { t } from './text/index.js';

type Model = StudioModelQuery['contentModel'];

/** The Studio: navigation by content type, and the screen the address names. */
export function App() {
  const [model, setModel] = useState<Model | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    request(StudioModelDocument)
      .then((data) => setModel(data.contentModel))
      .catch((e: Error) => setError(e.message));
  }, []);
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
                <a href={`/studio/${type.type.toLowerCase()}/`}>{type.plural}</a>
              </li>
            ))}
          </ul>
        )}
      </nav>
      <main>{error ? <p role="alert">{t.failed(error)}</p> : !model && <p>{t.loading}</p>}</main>
    </div>
  );
}
