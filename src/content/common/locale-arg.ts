/** The `locale` argument every root content query takes. */
export const localeArg = {
  nullable: true,
  description:
    'Locale to read the text in, e.g. "de-DE"; absent, the site\'s default locale. Every nested field is read in the same locale; a text the locale lacks falls back along its chain (`locales`), never to null.',
} as const;
