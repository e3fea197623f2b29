import { chainOf, type LocaleConfig } from '../content/locales.js';
import { localeOf } from '../content/read/localizing-reader.js';
import { badInput } from '../errors/index.js';
import type { Context, Localized } from '../graphql/context.js';

/**
 * The locale part of a request context: services per locale, made on first use and kept for
 * the request. `base` makes the default locale's; `make` one locale's.
 */
export function localeScope(
  loadConfig: () => Promise<LocaleConfig>,
  make: (locale: { code: string; chain: readonly string[] }, config: LocaleConfig) => Localized,
): Pick<Context, 'inLocale' | 'servicesOf' | 'pagesOf' | 'locales'> {
  const made = new Map<string, Localized>();
  let config: Promise<LocaleConfig> | undefined;
  const locales = () => (config ??= loadConfig());
  return {
    locales,
    async inLocale(this: Context, locale) {
      if (locale === null || locale === undefined) return this;
      const known = made.get(locale);
      if (known) return known;
      const settings = await locales();
      if (locale === settings.default) return this;
      if (!settings.locales.some((l) => l.code === locale))
        throw badInput(
          'locale',
          `unknown locale "${locale}": this site publishes ${settings.locales.map((l) => l.code).join(', ')}`,
        );
      const localized = make({ code: locale, chain: chainOf(settings, locale) }, settings);
      made.set(locale, localized);
      return localized;
    },
    servicesOf(this: Context, node) {
      const locale = localeOf(node);
      return (locale && made.get(locale)?.services) || this.services;
    },
    pagesOf(this: Context, node) {
      const locale = localeOf(node);
      return (locale && made.get(locale)?.pages) || this.pages;
    },
  };
}
