import { requireRole, TokenRole } from '../../auth/actor.js';
import { canonical } from '../../content/common/canonical.js';
import { nodeFields } from '../../content/fields.js';
import {
  translatableFields,
  translationSchema,
  type LocaleConfig,
  type Translations,
} from '../../content/locales.js';
import type { NodeType } from '../../content/model.js';
import { readLocaleConfig } from '../../content/read/content-state.entity.js';
import { BadUserInputError, badInput, fromZod } from '../../errors/index.js';
import {
  checkVersion,
  findNode,
  setWorkingTranslations,
  stateOf,
  workingTranslations,
  type NodeState,
} from '../working-copy.js';
import { change, type EditorialContext } from './change.js';

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Refuses a locale the site does not publish, and the default (its text is the node's own). */
function checkLocale(config: LocaleConfig, locale: string) {
  const codes = config.locales.map((l) => l.code);
  if (locale === config.default)
    throw badInput(
      'locale',
      `"${locale}" is the default locale: its text is the node's own fields (update them instead)`,
    );
  if (!codes.includes(locale))
    throw badInput(
      'locale',
      `unknown locale "${locale}"; the site's other locales: ${codes.filter((c) => c !== config.default).join(', ') || 'none'}`,
    );
}

/**
 * The text to set (a value) and to clear (null), checked as a seed translation file is: every
 * field must exist and be translatable, and its text must keep the field's rules.
 */
function textFrom(
  type: NodeType,
  fields: unknown,
): { set: Record<string, unknown>; clear: string[] } {
  if (!isPlainObject(fields))
    throw badInput('fields', 'must be an object of field names to text (or null to clear one)');
  const known = Object.keys(nodeFields[type]);
  const given = Object.entries(fields);
  if (given.length === 0) throw badInput('fields', 'give at least one field');
  for (const [field] of given) {
    if (!known.includes(field))
      throw new BadUserInputError(
        `fields.${field}: unknown field "${field}" of ${type}; the text that can be translated: ${translatableFields[type].join(', ')}`,
        { field: `fields.${field}` },
      );
    if (!translatableFields[type].includes(field))
      throw new BadUserInputError(
        `fields.${field}: untranslatable field "${field}": a ${type}'s ${field} is the same in every locale`,
        { field: `fields.${field}` },
      );
  }
  const clear = given.filter(([, v]) => v === null).map(([k]) => k);
  const values = Object.fromEntries(given.filter(([, v]) => v !== null));
  const parsed = translationSchema(type, false).safeParse(values);
  if (!parsed.success) throw fromZod(parsed.error.issues, 'fields');
  const data = parsed.data as Record<string, unknown>;
  const set = Object.fromEntries(Object.keys(values).map((k) => [k, data[k]]));
  return { set, clear };
}

/**
 * Sets or clears one node's text in one locale. On a published node the change waits in its
 * draft until `publish`, like any edit; `version` is the one the editor read.
 */
export async function updateTranslation(
  ctx: EditorialContext,
  type: NodeType,
  slug: string,
  locale: string,
  fields: unknown,
  version: number,
): Promise<NodeState> {
  // Check access: before the input, so a caller without the role learns nothing from it.
  requireRole(ctx.actor, TokenRole.EDITOR, 'updateTranslation');

  // Validate
  checkLocale(await readLocaleConfig(ctx.em), locale);
  const { set, clear } = textFrom(type, fields);

  return change(ctx, 'updateTranslation', { type, slug }, async (tx) => {
    // Read
    const node = await findNode(tx, type, slug);
    checkVersion(type, node, version);

    // Change
    const before = workingTranslations(node);
    const text: Record<string, unknown> = { ...before[locale], ...set };
    for (const field of clear) delete text[field];
    const next: Translations = { ...before };
    if (Object.keys(text).length > 0) next[locale] = text;
    else delete next[locale];
    const changed = [...Object.keys(set), ...clear].filter(
      (f) => canonical(before[locale]?.[f] ?? null) !== canonical(text[f] ?? null),
    );
    setWorkingTranslations(type, node, next);
    await tx.flush();

    // Record
    return { result: stateOf(type, node), details: { locale, fields: changed } };
  });
}
