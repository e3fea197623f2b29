/** Search engines show about this many characters of a title and a description. */
export const MAX_TITLE = 60;
export const MAX_DESCRIPTION = 160;

/** Cuts text at a word boundary so that it fits `max` characters, ending with "…" if cut. */
export function fit(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/**
 * The first candidate that fits with the site name appended (`Candidate | Site`); then the first
 * that fits alone; then the last one, cut. Candidates go from most to least descriptive.
 */
export function fitTitle(candidates: string[], siteName: string): string {
  for (const c of candidates) {
    const withSite = `${c} | ${siteName}`;
    if (withSite.length <= MAX_TITLE) return withSite;
  }
  for (const c of candidates) if (c.length <= MAX_TITLE) return c;
  return fit(candidates.at(-1) ?? siteName, MAX_TITLE);
}

/** Plain text of a little Markdown: links keep their text, marks and headings go. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/[*_`>]/g, '')
    .replace(/^\s*[-+]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first sentences of `text` that fit in `max` characters (at least one, cut if need be). */
export function firstSentences(text: string, max: number): string {
  const sentences = plainText(text).match(/[^.!?]+[.!?]+(\s|$)/g) ?? [plainText(text)];
  let out = '';
  for (const s of sentences) {
    if ((out + s).trim().length > max) break;
    out += s;
  }
  return out.trim() || fit(sentences[0], max);
}
