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
type Token = ReturnType<typeof md.parse>[number];

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
  const tokens = tokensOf(markdown);
  return tokens.every(withinAllowList) ? renderAllowed(tokens) : renderSanitized(tokens);
}

/** The Markdown's tokens, headings shifted so the shallowest is `<h2>`. */
function tokensOf(markdown: string): Token[] {
  const tokens = md.parse(markdown, {});
  const levels = tokens.filter((t) => t.type === 'heading_open').map((t) => Number(t.tag.slice(1)));
  const shift = levels.length ? 2 - Math.min(...levels) : 0;
  for (const token of tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + shift)}`;
    }
  }
  return tokens;
}

/** The HTML of tokens, sanitised against the allow-list (parsed again as HTML). */
function renderSanitized(tokens: Token[]): string {
  return sanitizeHtml(md.renderer.render(tokens, md.options, {}), SANITIZE).trim();
}

/** Token types whose HTML is only allow-listed tags without attributes. */
const PLAIN = new Set([
  'paragraph_open',
  'paragraph_close',
  'heading_open',
  'heading_close',
  'inline',
  'text',
  'softbreak',
  'hardbreak',
  'strong_open',
  'strong_close',
  'em_open',
  'em_close',
  'code_inline',
  'code_block',
  'bullet_list_open',
  'bullet_list_close',
  'ordered_list_open',
  'ordered_list_close',
  'list_item_open',
  'list_item_close',
  'blockquote_open',
  'blockquote_close',
  'hr',
  'link_close',
]);

/** A link target the allow-list keeps: http, https, mailto, or no scheme (a relative link). */
const ALLOWED_HREF = /^(?:https?:|mailto:|[^:]*$|[^:]*[/?#])/i;

/**
 * Whether a token (and what it holds) renders to HTML that sanitising would not change but for
 * spelling: allow-listed tags, no attribute but a link's `href` with an allowed scheme.
 */
function withinAllowList(token: Token): boolean {
  if (token.type === 'link_open') {
    const attrs = token.attrs ?? [];
    if (attrs.length !== 1 || attrs[0]![0] !== 'href' || !ALLOWED_HREF.test(String(attrs[0]![1])))
      return false;
  } else if (token.type === 'fence') {
    // A fence with a language gets a class attribute, which the allow-list drops.
    if (token.info.trim() !== '') return false;
  } else if (token.type === 'ordered_list_open') {
    if (token.attrs?.length) return false; // `start`
  } else if (!PLAIN.has(token.type)) return false;
  return !token.children || token.children.every(withinAllowList);
}

const xhtml = { ...md.options, xhtmlOut: true };

/**
 * The same HTML the sanitiser would give, without parsing it again: self-closing tags written
 * as it writes them (`<br />`), and quotes in text not escaped (it escapes them only in
 * attributes). A test compares the two over the shipped content and a corpus of Markdown.
 */
function renderAllowed(tokens: Token[]): string {
  const html = md.renderer.render(tokens, xhtml, {});
  return html.replace(/(<[^>]*>)|&quot;/g, (found, tag?: string) => tag ?? '"').trim();
}

/**
 * Both renderings of a text, for the test that they agree: through the sanitiser always, and
 * without it (null when the text holds something outside the allow-list, so it is sanitised).
 */
export function bothRenderings(markdown: string): { sanitized: string; allowed: string | null } {
  const tokens = tokensOf(markdown);
  return {
    sanitized: renderSanitized(tokensOf(markdown)),
    allowed: tokens.every(withinAllowList) ? renderAllowed(tokens) : null,
  };
}
