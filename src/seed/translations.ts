import {
  localeConfigOf,
  localesFormat,
  missingFields,
  translatableFields,
  translationSchema,
  type LocaleConfig,
} from '../content/locales.js';
import { linkModels, type ContentSet, type NodeRecord } from './content-set.js';
import { describeIssue, didYouMean, withSuggestion } from './messages.js';
import type { Problem } from './problems.js';
import type { SourceFile } from './source-file.js';
import { placeReport, validateFormat } from './validate.js';

/**
 * Translations in the seed folder. Beside each file sits one file per locale, named with the
 * locale before `.yaml` (`roles/mlops-engineer.de-DE.yaml`), holding only the translated text:
 * the same keys as the file it translates, for a single node; a list of `slug` + text entries,
 * for a list file (FAQs, taxonomy). `locales.yaml` at the top enables the locales.
 */

/** `name.de-DE.yaml` → the file it translates and the locale. */
export function translationTarget(file: string): { base: string; locale: string } | null {
  const match = /^(.*)\.([a-z]{2}-[A-Z]{2})\.yaml$/.exec(file);
  return match ? { base: `${match[1]}.yaml`, locale: match[2]! } : null;
}

/** Checks `locales.yaml` beyond its format: the default is enabled, chains name enabled locales. */
export function readLocales(
  data: unknown,
  source: SourceFile,
  specialisms: Set<string>,
  problems: Problem[],
): LocaleConfig | null {
  const error = (at: ReturnType<SourceFile['at']>, message: string) =>
    problems.push({ ...at, severity: 'error', message });
  const result = validateFormat(localesFormat, data, source, problems);
  if (!result.success) return null;
  const file = result.data;
  const codes = Object.keys(file.locales);
  let ok = true;
  if (!codes.includes(file.default)) {
    error(source.at(['default']), `default locale "${file.default}" is not under locales`);
    ok = false;
  }
  for (const [code, settings] of Object.entries(file.locales)) {
    settings.fallback.forEach((fallback, i) => {
      if (fallback === code || !codes.includes(fallback)) {
        error(
          source.at(['locales', code, 'fallback', i]),
          withSuggestion(
            fallback === code
              ? `locale "${code}" cannot fall back to itself`
              : `fallback "${fallback}" is not an enabled locale`,
            fallback === code ? undefined : didYouMean(fallback, codes),
          ),
        );
        ok = false;
      }
    });
    (settings.specialisms ?? []).forEach((slug, i) => {
      if (!specialisms.has(slug)) {
        error(
          source.at(['locales', code, 'specialisms', i]),
          withSuggestion(`unknown specialism "${slug}"`, didYouMean(slug, specialisms)),
        );
        ok = false;
      }
    });
  }
  return ok ? localeConfigOf(file) : null;
}

/** The node types a file defines, in the order it defines them. */
export type DefinedBy = Map<string, NodeRecord[]>;

/**
 * Reads one translation file into the nodes its base file defines. Errors: a locale that is not
 * enabled, a field that does not exist or is not translatable, an entry for a slug the base file
 * does not define, text that breaks the field's rules.
 */
export function readTranslation(
  data: unknown,
  source: SourceFile,
  target: { base: string; locale: string },
  config: LocaleConfig | null,
  definedBy: DefinedBy,
  problems: Problem[],
): void {
  const error = (at: ReturnType<SourceFile['at']>, message: string) =>
    problems.push({ ...at, severity: 'error', message });
  const codes = config?.locales.map((l) => l.code) ?? [];
  if (!config || !codes.includes(target.locale) || target.locale === config.default) {
    error(
      source.at([]),
      withSuggestion(
        target.locale === config?.default
          ? `"${target.locale}" is the default locale: its text belongs in ${target.base}`
          : `locale "${target.locale}" is not enabled in locales.yaml`,
        didYouMean(target.locale, codes),
      ),
    );
    return;
  }
  const nodes = definedBy.get(target.base);
  if (!nodes) {
    error(source.at([]), `translates ${target.base}, which does not define any node`);
    return;
  }
  const list = Array.isArray(data);
  const entries = (list ? data : [data]) as unknown[];
  const isListFile = !/(^|\/)(specialism\.yaml|roles\/[^/]+\.yaml)$/.test(target.base);
  if (list !== isListFile) {
    error(
      source.at([]),
      isListFile
        ? `expected a list of entries with "slug" and the translated fields, as in ${target.base}`
        : `expected the translated fields of ${target.base} (a mapping), not a list`,
    );
    return;
  }
  const bySlug = new Map(nodes.map((n) => [n.slug, n]));
  entries.forEach((entry, i) => {
    const path = list ? [i] : [];
    let node: NodeRecord | undefined;
    if (list) {
      const slug = (entry as { slug?: unknown } | null)?.slug;
      node = typeof slug === 'string' ? bySlug.get(slug) : undefined;
      if (!node) {
        error(
          source.at([...path, 'slug']),
          withSuggestion(
            typeof slug === 'string'
              ? `no entry with slug "${slug}" in ${target.base}`
              : 'each entry needs the "slug" of the entry it translates',
            typeof slug === 'string' ? didYouMean(slug, bySlug.keys()) : undefined,
          ),
        );
        return;
      }
    } else node = nodes[0];
    const schema = translationSchema(node!.type, list);
    const result = schema.safeParse(entry);
    if (!result.success) {
      for (const issue of result.error.issues)
        for (const report of describeIssue(issue, schema, entry)) {
          const at = placeReport(source, report, path);
          const message = report.message.startsWith('unknown field')
            ? `${report.message}; ${node!.type} text that can be translated: ${translatableFields[node!.type].join(', ')}`
            : report.message;
          error(at, message);
        }
      return;
    }
    const text = { ...(result.data as Record<string, unknown>) };
    delete text.slug;
    node!.translations = { ...node!.translations, [target.locale]: text };
  });
}

/**
 * Warnings for text a locale leaves to its fallback, on the nodes it publishes (those of its
 * specialisms, and every node they reach): one per node with a translation file but gaps, one
 * per locale for nodes with no translation at all.
 */
export function missingTranslations(content: ContentSet, config: LocaleConfig): Problem[] {
  const problems: Problem[] = [];
  for (const locale of config.locales) {
    if (locale.code === config.default) continue;
    const scope = nodesInScope(content, locale.specialisms);
    const untranslated: NodeRecord[] = [];
    for (const node of content.nodes) {
      if (!scope.has(`${node.type}:${node.slug}`)) continue;
      const missing = missingFields(node.type, node.fields, node.translations, locale.code);
      if (missing.length === 0) continue;
      if (!node.translations?.[locale.code]) {
        untranslated.push(node);
        continue;
      }
      problems.push({
        ...(node.source ?? { file: '?', line: 1, column: 1 }),
        severity: 'warning',
        message: `${locale.code}: ${node.type} "${node.slug}" has no ${locale.code} text for ${missing.join(', ')} (shown in ${[...locale.fallback, config.default][0]})`,
      });
    }
    if (untranslated.length) {
      const first = untranslated[0]!;
      const names = untranslated.slice(0, 5).map((n) => `${n.type} "${n.slug}"`);
      problems.push({
        ...(first.source ?? { file: '?', line: 1, column: 1 }),
        severity: 'warning',
        message: `${locale.code}: ${untranslated.length} node(s) it publishes have no ${locale.code} translation (${names.join(', ')}${untranslated.length > 5 ? ', …' : ''}); they show the fallback text`,
      });
    }
  }
  return problems;
}

/**
 * `type:slug` of the nodes a locale publishes: its specialisms and every node reachable from
 * them through links (roles, their skills, FAQs, hubs…). All nodes when `specialisms` is null.
 */
export function nodesInScope(
  content: Pick<ContentSet, 'nodes' | 'links'>,
  specialisms: string[] | null,
): Set<string> {
  if (specialisms === null) return new Set(content.nodes.map((n) => `${n.type}:${n.slug}`));
  const out = new Map<string, { kind: keyof typeof linkModels; to: string }[]>();
  for (const link of content.links) {
    const model = linkModels[link.kind];
    const key = `${model.from[1]}:${link.from}`;
    const list = out.get(key) ?? [];
    list.push({ kind: link.kind, to: `${model.to[1]}:${link.to}` });
    out.set(key, list);
  }
  const seen = new Set<string>();
  const queue = specialisms.map((s) => `specialism:${s}`);
  while (queue.length) {
    const key = queue.pop()!;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const edge of out.get(key) ?? []) {
      // A role's related roles outside the specialism are not published by it.
      if (edge.kind === 'roleRelatedRole') continue;
      queue.push(edge.to);
    }
  }
  return seen;
}
