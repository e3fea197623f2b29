import { z } from 'zod';
import { nodeFields } from './fields.js';
import type { NodeType } from './model.js';

/**
 * Locales: the languages a site publishes, as configuration (`content-seed/locales.yaml`). The
 * default locale's text lives in the nodes' own fields; every other locale's text lives beside
 * it (`translations`), field by field, and is read through that locale's fallback chain, ending
 * at the default. Slugs are shared by every locale: one node, one slug, one set of links.
 */

export const DEFAULT_LOCALE = 'en-GB';
/** A BCP 47 language-region tag as sites use them: `de-DE`, `fr-CH`. */
export const LOCALE_PATTERN = /^[a-z]{2}-[A-Z]{2}$/;

export interface LocaleSettings {
  code: string;
  /** The language's own name for itself, for a language switcher: "Deutsch". */
  name: string;
  /** Where a missing text is looked for next, in order; the default locale comes last always. */
  fallback: string[];
  /** The specialisms published in this locale (pages, sitemap); null for every specialism. */
  specialisms: string[] | null;
}

export interface LocaleConfig {
  default: string;
  /** Every enabled locale, the default first. */
  locales: LocaleSettings[];
}

/** A site with no `locales.yaml`: the default locale alone. */
export const SINGLE_LOCALE: LocaleConfig = {
  default: DEFAULT_LOCALE,
  locales: [{ code: DEFAULT_LOCALE, name: 'English', fallback: [], specialisms: null }],
};

const localeCode = z
  .string()
  .regex(LOCALE_PATTERN, 'must be a language-region tag such as "de-DE" or "fr-FR"');

/** The `locales.yaml` format. */
export const localesFormat = z
  .strictObject({
    default: localeCode.describe('The locale of the nodes’ own fields, e.g. "en-GB".'),
    locales: z
      .record(
        localeCode,
        z.strictObject({
          name: z.string().trim().min(1).max(40).describe('The language’s name for itself.'),
          fallback: z
            .array(localeCode)
            .max(5)
            .default([])
            .describe('Locales to read a missing text from, in order (the default comes last).'),
          specialisms: z
            .array(z.string())
            .optional()
            .describe('Specialisms published in this locale; all when absent.'),
        }),
      )
      .describe('Every enabled locale, the default included.'),
  })
  .describe('The languages this site publishes.');

export type LocalesFile = z.infer<typeof localesFormat>;

/** The configuration from a valid `locales.yaml` (checked by the seed reader). */
export function localeConfigOf(file: LocalesFile): LocaleConfig {
  const entries = Object.entries(file.locales);
  const ordered = [
    ...entries.filter(([code]) => code === file.default),
    ...entries.filter(([code]) => code !== file.default),
  ];
  return {
    default: file.default,
    locales: ordered.map(([code, l]) => ({
      code,
      name: l.name,
      fallback: code === file.default ? [] : l.fallback.filter((f) => f !== file.default),
      specialisms: code === file.default ? null : (l.specialisms ?? null),
    })),
  };
}

/** The locales whose translations are read for `locale`, in order (the default excluded). */
export function chainOf(config: LocaleConfig, locale: string): string[] {
  if (locale === config.default) return [];
  const settings = config.locales.find((l) => l.code === locale);
  return settings ? [locale, ...settings.fallback] : [];
}

/**
 * The human-readable text fields of each node type: these are translated, everything else
 * (slugs, categories, codes, URLs) is shared by all locales.
 */
export const translatableFields: Record<NodeType, readonly string[]> = {
  specialism: Object.keys(nodeFields.specialism),
  // Aliases are names people type ("K8s"), the same in every language.
  role: Object.keys(nodeFields.role).filter((field) => field !== 'aliases'),
  skill: ['name', 'description'],
  technology: ['name', 'description'],
  industry: ['name', 'description'],
  hub: ['city', 'region', 'remoteNotes'],
  employer: ['name', 'description'],
  faq: ['question', 'answer'],
  vacancy: ['title', 'description'],
};

/** The zod schema of a node type's translatable fields, every one optional (a partial translation). */
export function translationSchema(type: NodeType, withSlug: boolean) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of translatableFields[type]) {
    const base = (nodeFields[type] as Record<string, z.ZodType>)[field]!;
    // Objects (a specialism's whenToHire) may be translated in part.
    const inner = base instanceof z.ZodDefault ? (base.def.innerType as z.ZodType) : base;
    const partial =
      inner instanceof z.ZodObject ? (inner as z.ZodObject).partial() : (inner as z.ZodType);
    shape[field] = partial.optional();
  }
  if (withSlug) shape.slug = z.string();
  return z.strictObject(shape);
}

/** Text per locale, per field: `{ "de-DE": { "name": "…" } }`. */
export type Translations = Record<string, Record<string, unknown>>;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The value of a field in a locale: the first translation along the chain, else the default
 * text. An object field (a specialism's `whenToHire`) is resolved part by part, so a partly
 * translated object falls back for the parts it lacks; lists are replaced whole.
 */
export function resolveField(
  base: unknown,
  translations: Translations | null | undefined,
  chain: readonly string[],
  field: string,
): unknown {
  if (!translations) return base;
  const candidates = chain.map((locale) => translations[locale]?.[field]);
  if (isPlainObject(base)) {
    const merged: Record<string, unknown> = { ...base };
    for (const key of Object.keys(base)) {
      for (const candidate of candidates) {
        if (isPlainObject(candidate) && candidate[key] !== undefined && candidate[key] !== null) {
          merged[key] = candidate[key];
          break;
        }
      }
    }
    return merged;
  }
  for (const candidate of candidates)
    if (candidate !== undefined && candidate !== null) return candidate;
  return base;
}

/** Fields of `type` with default text that `locale` itself (not its fallbacks) leaves untranslated. */
export function missingFields(
  type: NodeType,
  fields: Record<string, unknown>,
  translations: Translations | null | undefined,
  locale: string,
): string[] {
  const own = translations?.[locale] ?? {};
  const missing: string[] = [];
  for (const field of translatableFields[type]) {
    const base = fields[field];
    if (base === null || base === undefined) continue;
    if (Array.isArray(base) && base.length === 0) continue;
    const given = own[field];
    if (isPlainObject(base)) {
      for (const [key, value] of Object.entries(base)) {
        if (value === null || value === undefined) continue;
        if (Array.isArray(value) && value.length === 0) continue;
        if (!isPlainObject(given) || given[key] === undefined) missing.push(`${field}.${key}`);
      }
    } else if (given === undefined || given === null) missing.push(field);
  }
  return missing;
}
