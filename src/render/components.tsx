import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { PageMetaFragment } from '../generated/graphql.js';

/** The paths this page may link to: the page model's `links`, so no link ever leads nowhere. */
export const Linkable = createContext<ReadonlySet<string>>(new Set());

/** A link when the page model lists the target page, plain text otherwise. */
export function Ref({ path, children }: { path: string; children: ComponentChildren }) {
  const linkable = useContext(Linkable);
  return linkable.has(path) ? <a href={path}>{children}</a> : <>{children}</>;
}

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

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the tag. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
