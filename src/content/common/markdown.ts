import { LRUCache } from 'lru-cache';
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { renderMemo } from './render-memo.js';

/**
 * Markdown from the content, rendered to HTML that is safe to put in a page: raw HTML in the
 * Markdown is shown as text (markdown-it with `html: false`), and the output is sanitised again
 * against an allow-list, so a `<script>` an editor typed can never run.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
  ],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
};

/**
 * Renders Markdown to sanitised HTML. Headings are shifted so the shallowest becomes `<h2>`:
 * a page's `<h1>` is its title, and a text's outline never skips a level whatever the editor
 * started with.
 */
export function markdownToHtml(markdown: string): string {
  if (!renderMemo()) return render(markdown);
  let html = rendered.get(markdown);
  if (html === undefined) {
    html = render(markdown);
    rendered.set(markdown, html);
  }
  return html;
}

/** The same text always renders the same: pages render it on every request, so keep it (unless `RENDER_MEMO=off`). */
const rendered = new LRUCache<string, string>({
  maxSize: 8 * 1024 * 1024,
  sizeCalculation: (html, markdown) => html.length + markdown.length,
});

function render(markdown: string): string {
  const tokens = md.parse(markdown, {});
  const levels = tokens.filter((t) => t.type === 'heading_open').map((t) => Number(t.tag.slice(1)));
  const shift = levels.length ? 2 - Math.min(...levels) : 0;
  for (const token of tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + shift)}`;
    }
  }
  return sanitizeHtml(md.renderer.render(tokens, md.options, {}), SANITIZE).trim();
}
