/**
 * Country names and running-text lists in a locale's own words, from `Intl`: the one place pages,
 * JSON-LD, SEO text and the rendered views get them from. Formatters are made once per locale.
 */

import { renderMemo } from './render-memo.js';

const regionNames = new Map<string, Intl.DisplayNames>();
const countryCache = new Map<string, string>();
const listFormats = new Map<string, Intl.ListFormat>();

/** "GB" → "United Kingdom" in `en-GB`, "Vereinigtes Königreich" in `de-DE`; the code if unknown. */
export function countryName(code: string, locale: string): string {
  const key = `${locale}:${code}`;
  let name = renderMemo() ? countryCache.get(key) : undefined;
  if (name === undefined) {
    let names = regionNames.get(locale);
    if (!names)
      regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region' })));
    try {
      name = names.of(code) ?? code;
    } catch {
      // Not a well-formed region code: shown as written.
      name = code;
    }
    if (renderMemo()) countryCache.set(key, name);
  }
  return name;
}

/** "A, B and C" in English, "A, B und C" in German, "A, B et C" in French. */
export function listOf(items: readonly string[], locale: string): string {
  let format = listFormats.get(locale);
  if (!format)
    listFormats.set(locale, (format = new Intl.ListFormat(locale, { type: 'conjunction' })));
  return format.format(items);
}

/** The two, bound to one locale. */
export function intlFor(locale: string) {
  return {
    country: (code: string) => countryName(code, locale),
    list: (items: readonly string[]) => listOf(items, locale),
  };
}
