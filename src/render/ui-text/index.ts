/**
 * Every word the site's frame and views write themselves, per locale: section titles, table
 * headers, labels, the form, the page furniture. Content text comes from the graph (translated by
 * editors); these strings wrap it. Components read their locale's catalog with `useText()`;
 * `Layout` provides it. One file per locale; `en-GB.ts` holds the shape they share.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
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

/** The catalog of the page being rendered; `Layout` provides it. */
export const UiTextContext = createContext<UiText>(uiTexts['en-GB']);

/** This page's catalog, inside a component. */
export function useText(): UiText {
  return useContext(UiTextContext);
}
