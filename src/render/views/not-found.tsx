import { useText } from '../ui-text/index.js';

/** The 404 page's body: what was asked for, and the way home. */
export function NotFoundView({ path, homePath = '/' }: { path: string; homePath?: string }) {
  const t = useText();
  return (
    <div class="hero">
      <h1>{t.notFound.title}</h1>
      <p class="lede">{t.notFound.lede(<code>{path}</code>)}</p>
      <p>
        {t.notFound.home((text) => (
          <a href={homePath}>{text}</a>
        ))}
      </p>
    </div>
  );
}
