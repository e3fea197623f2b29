/**
 * Whether work done on content is remembered between requests (`RENDER_MEMO`): the HTML of a
 * Markdown text, a country's name, the public's page index. On (the default) a request reuses
 * what an earlier one did; off, each request does it again, as for the first visitor after a
 * start. The answers are the same either way: `npm run bench` measures both (`uncached` and
 * `cold`). What is kept per operation (parsed, validated GraphQL documents) is not content and
 * does not follow this switch; nor do the published store and the search index, which are the
 * data the public is served from.
 */
let remember = true;

/** Set once at start, from the settings. */
export function setRenderMemo(on: boolean): void {
  remember = on;
}

/** Whether the memos of content work are on in this process. */
export function renderMemo(): boolean {
  return remember;
}
