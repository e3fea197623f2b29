import { useEffect, useState } from 'preact/hooks';
import { request } from '../api/client.js';
import {
  StudioLocalesDocument,
  StudioUpdateTranslationDocument,
  type StudioNodeQuery,
} from '../generated/graphql.js';
import type { ModelType } from '../model.js';
import { t } from '../text/index.js';

type EditorNode = StudioNodeQuery['editorNode'];
type Locale = { code: string; name: string };

const asText = (value: unknown) =>
  Array.isArray(value) ? value.join('\n') : typeof value === 'string' ? value : '';

/**
 * A node's text in another language beside the default: what is missing is marked, each
 * language's completeness is counted, and a language's text is saved through
 * `updateTranslation` (a draft until publish).
 */
export function TranslateTab(props: {
  type: ModelType;
  node: EditorNode;
  version(): number;
  onSaved(message: string): Promise<unknown>;
}) {
  const [locales, setLocales] = useState<Locale[] | null>(null);
  const [locale, setLocale] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const fields = props.type.fields.filter((f) => f.translatable && f.kind !== 'OBJECT');
  const translations = (props.node.translations ?? {}) as Record<string, Record<string, unknown>>;
  const source = (props.node.fields ?? {}) as Record<string, unknown>;

  useEffect(() => {
    request(StudioLocalesDocument)
      .then((d) => {
        setLocales(d.locales);
        setLocale((l) => l || d.locales[1]?.code || '');
      })
      .catch((e: Error) => setError(e.message));
  }, []);
  useEffect(() => {
    const current = translations[locale] ?? {};
    setValues(Object.fromEntries(fields.map((f) => [f.name, asText(current[f.name])])));
  }, [locale, props.node.version]);

  if (error) return <p role="alert">{t.failed(error)}</p>;
  if (!locales) return <p>{t.loading}</p>;
  const others = locales.slice(1);
  if (others.length === 0) return <p>{t.noLocales}</p>;
  if (fields.length === 0) return <p>{t.nothingToTranslate}</p>;
  const byCode = new Map(locales.map((l) => [l.code, l.name]));
  const name = byCode.get(locale) ?? locale;
  const defaultName = locales[0]!.name;
  const done = (code: string) =>
    fields.filter((f) => asText(translations[code]?.[f.name]).trim()).length;

  return (
    <section class="translate" aria-labelledby="translate-title">
      <h2 id="translate-title">{t.translateTab}</h2>
      <ul class="completeness">
        {others.map((l) => (
          <li key={l.code}>{t.complete(done(l.code), fields.length, l.name)}</li>
        ))}
      </ul>
      <label for="translate-locale">{t.language}</label>
      <select
        id="translate-locale"
        value={locale}
        onChange={(e) => setLocale(e.currentTarget.value)}
      >
        {others.map((l) => (
          <option key={l.code} value={l.code}>
            {l.name}
          </option>
        ))}
      </select>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setError(null);
          const changed = Object.fromEntries(
            fields
              .map((f) => {
                const before = asText(translations[locale]?.[f.name]);
                const now = values[f.name] ?? '';
                if (now === before) return null;
                const value =
                  now.trim() === ''
                    ? null
                    : f.kind === 'LINES'
                      ? now.split('\n').filter((line) => line.trim())
                      : now;
                return [f.name, value] as const;
              })
              .filter((entry): entry is readonly [string, string | string[] | null] => !!entry),
          );
          if (Object.keys(changed).length === 0) return;
          try {
            await request(StudioUpdateTranslationDocument, {
              type: props.type.type,
              slug: props.node.slug,
              locale,
              fields: changed,
              version: props.version(),
            });
            await props.onSaved(t.translationSaved(name));
          } catch (err) {
            setError((err as Error).message);
          }
        }}
      >
        {fields.map((field) => {
          const id = `translate-${field.name}`;
          const missing = !(values[field.name] ?? '').trim();
          return (
            <div key={field.name} class={missing ? 'translate-row missing' : 'translate-row'}>
              <div class="translate-source">
                <span class="label">{t.inDefault(defaultName)}</span>
                <p lang={locales[0]!.code}>{asText(source[field.name])}</p>
              </div>
              <div>
                <label for={id}>{t.fieldIn(field.label, name)}</label>
                <textarea
                  id={id}
                  lang={locale}
                  rows={field.kind === 'MARKDOWN' ? 6 : 2}
                  aria-describedby={missing ? `${id}-missing` : undefined}
                  value={values[field.name] ?? ''}
                  onInput={(e) => setValues((v) => ({ ...v, [field.name]: e.currentTarget.value }))}
                />
                {missing && (
                  <p id={`${id}-missing`} class="missing-note">
                    {t.missingText}
                  </p>
                )}
              </div>
            </div>
          );
        })}
        {error && <p role="alert">{error}</p>}
        <button type="submit">{t.saveTranslation(name)}</button>
      </form>
    </section>
  );
}
