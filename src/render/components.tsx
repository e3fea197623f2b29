import type { ComponentChildren } from 'preact';
import type { PageMetaFragment } from '../generated/graphql.js';
import { pathOf } from '../pages/paths.js';
import { pageScope, type PageScope } from './page-scope.js';

/** Every view gets its page's data as the API returned it; non-null parts are checked by the caller. */
export type Data<Q, K extends keyof Q> = NonNullable<Q[K]>;

/** The default-locale path of a role's page (what `Ref` looks up). */
export const rolePath = (slug: string) => pathOf({ kind: 'role', slug });

/** The default-locale path of a specialism's page. */
export const specialismPath = (slug: string) => pathOf({ kind: 'specialism', slug });

/**
 * The links of a page, keyed by their default-locale path: the pages it may link to (the page
 * model's `links`, so no link ever leads nowhere), by the page's path in the default locale (what
 * the views know), to the path the page model chose (`/de-DE/roles/x/` on a German page when
 * that page exists in German, else `/roles/x/`).
 */
export function linkableOf(paths: Iterable<string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const path of paths) map.set(path.replace(/^\/[a-z]{2}-[A-Z]{2}(?=\/)/, ''), path);
  return map;
}

const LOCALE_PREFIX = /^\/([a-z]{2}-[A-Z]{2})(?=\/)/;

/**
 * A link when the page model lists the target page, plain text otherwise. A page links to pages
 * in its own language where they exist; a link to a page in another language (a German page to
 * an English-only one) says so: `hreflang` for machines, the language's name for readers.
 */
export function Ref({ path, children }: { path: string; children: ComponentChildren }) {
  const target = pageScope()?.linkable.get(path);
  return target ? <LocalLink href={target}>{children}</LocalLink> : <>{children}</>;
}

/** The locale of the page at `href` when it is not the linking page's, else null. */
export function otherLanguage(
  href: string,
  languages: PageScope['languages'] | undefined,
): string | null {
  if (!languages) return null;
  const locale = LOCALE_PREFIX.exec(href)?.[1] ?? languages.unprefixed;
  return locale === languages.page ? null : locale;
}

/** A link to a page of the site, marked (hreflang and the language named) if in another language. */
export function LocalLink({ href, children }: { href: string; children: ComponentChildren }) {
  const languages = pageScope()?.languages;
  const locale = otherLanguage(href, languages);
  if (!locale) return <a href={href}>{children}</a>;
  const language = new Intl.DisplayNames([languages!.page], { type: 'language' }).of(
    locale.split('-')[0]!,
  );
  return (
    <a href={href} hreflang={locale}>
      {children} <span class="link-language">({language})</span>
    </a>
  );
}

/** For the catalog's sentences with a link inside: a `Ref` to `path` around the given text. */
export const refTo = (path: string) => (text: string) => <Ref path={path}>{text}</Ref>;

/**
 * HTML the API has already rendered from Markdown and sanitised against an allow-list.
 * `nested` demotes its headings by that many levels to fit under the section's own heading.
 */
export function Prose({ html, nested = 1 }: { html: string | null | undefined; nested?: number }) {
  if (!html) return null;
  const demoted = html.replace(/<(\/?)h([2-6])>/g, (_, slash: string, level: string) => {
    return `<${slash}h${Math.min(6, Number(level) + nested)}>`;
  });
  return <div class="prose" dangerouslySetInnerHTML={{ __html: demoted }} />;
}

/** A plain list of strings; nothing when empty. */
export function Items({ items }: { items: string[] }) {
  if (!items.length) return null;
  return (
    <ul>
      {items.map((item) => (
        <li>{item}</li>
      ))}
    </ul>
  );
}

/** Tags linking to node pages. */
export function Chips({ items }: { items: { path: string; label: string }[] }) {
  if (!items.length) return null;
  return (
    <ul class="chips">
      {items.map((item) => (
        <li>
          <Ref path={item.path}>{item.label}</Ref>
        </li>
      ))}
    </ul>
  );
}

/** Names shown as tags that link nowhere (employers have no pages of their own). */
export function Tags({ names }: { names: { name: string }[] }) {
  return (
    <ul class="chips">
      {names.map((n) => (
        <li>
          <span>{n.name}</span>
        </li>
      ))}
    </ul>
  );
}

/** A titled section; renders nothing when it has nothing to show. */
export function Section({
  id,
  title,
  show = true,
  children,
  className,
}: {
  id: string;
  title: string;
  show?: boolean;
  children: ComponentChildren;
  className?: string;
}) {
  if (!show) return null;
  return (
    <section id={id} aria-labelledby={`${id}-title`} class={className}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

export type Meta = PageMetaFragment;

/**
 * The page's JSON-LD as the `<script>` documents it is written in: the `@graph` document, with
 * each `JobPosting` taken out into a document of its own (the same node with the `@context`).
 * Google reads either form; validators that only look at a document's top-level `@type` (such
 * as `structured-data-testing-tool`) then see the posting too. Pages without one are unchanged.
 */
export function jsonLdDocuments(jsonLd: unknown): unknown[] {
  const doc = jsonLd as { '@context'?: unknown; '@graph'?: { '@type'?: unknown }[] } | null;
  if (!doc || !Array.isArray(doc['@graph'])) return [jsonLd];
  const isPosting = (n: { '@type'?: unknown }) => n['@type'] === 'JobPosting';
  const postings = doc['@graph'].filter(isPosting);
  if (postings.length === 0) return [jsonLd];
  return [
    { ...doc, '@graph': doc['@graph'].filter((n) => !isPosting(n)) },
    ...postings.map((p) => ({ '@context': doc['@context'], ...p })),
  ];
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the tag. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
