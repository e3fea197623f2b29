/**
 * Every word the site's frame and views write themselves, per locale: section titles, table
 * headers, labels, the form, the page furniture. Content text comes from the graph (translated by
 * editors); these strings wrap it. Components read their page's catalog with `useText()`, from
 * the page's scope (`../page-scope.ts`). One file per locale; `en-GB.ts` holds the shape they
 * share.
 */
import { pageScope } from '../page-scope.js';
import { deDE } from './de-DE.js';
import { enGB, type UiText } from './en-GB.js';
import { frFR } from './fr-FR.js';

export type { LinkTo, UiText } from './en-GB.js';

/** The catalogs, by locale. */
export const uiTexts: Record<string, UiText> = { 'en-GB': enGB, 'de-DE': deDE, 'fr-FR': frFR };

/** The catalog for `locale`; British English when there is none for it. */
export function textFor(locale: string | undefined): UiText {
  return (locale !== undefined && Object.hasOwn(uiTexts, locale) && uiTexts[locale]) || enGB;
}

/** This page's catalog, inside a component (its page scope's; British English outside one). */
export function useText(): UiText {
  return pageScope()?.text ?? enGB;
}
