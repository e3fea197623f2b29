import { toGlobalId } from '../content/common/global-id.js';
import { countryName } from '../content/common/intl.js';
import { capitalize } from '../content/common/names.js';
import type {
  Employer,
  Faq,
  Hub,
  Industry,
  Role,
  Skill,
  Specialism,
  Technology,
  Vacancy,
} from '../content/entities.js';
import type { NodeType } from '../content/model.js';
import { VacancyStatus } from '../content/vacancy/vacancy.entity.js';
import type { Services } from '../content/services.js';
import type { SearchDocument } from './search-index.js';

/**
 * What search reads of each content type, in the locale the services read in (translations
 * through the fallback chain): its name, other names, a sentence about it, and the rest of its
 * text. Each type says it here once; a new type adds a line to `DOCUMENTS`.
 */

/** Markdown as words: links keep their text, markup characters go (search needs no layout). */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Texts (Markdown or plain) joined as one plain text; empty parts left out. */
const join = (...parts: (string | null | undefined | readonly string[])[]): string =>
  parts
    .flatMap((p) => (p == null ? [] : typeof p === 'string' ? [p] : p))
    .map(plainText)
    .filter((p) => p !== '')
    .join(' ');

/** A category slug as words ("cloud-platform" → "cloud platform"). */
const words = (slug: string) => slug.replace(/-/g, ' ');

interface Text {
  name: string;
  aliases?: readonly string[];
  summary: string;
  body: string;
}

type Reader<T> = (node: T, locale: string) => Text;

const specialism: Reader<Specialism> = (s) => ({
  name: s.name,
  summary: s.headline,
  body: join(
    s.intro,
    s.marketOverview,
    s.hiringChallenges,
    s.whenToHire.indicators,
    s.whenToHire.scenarios,
    s.whenToHire.advice,
    s.interviewing.overview,
    s.interviewing.methods,
    s.interviewing.probes,
    s.interviewing.commonMistakes,
    s.compensation.summary,
    s.compensation.factors,
    s.callToAction,
  ),
});

const role: Reader<Role> = (r) => ({
  name: r.name,
  aliases: r.aliases,
  summary: r.summary,
  body: join(
    r.primaryFocus,
    r.keyDifference,
    r.description,
    r.responsibilities,
    r.deliverables,
    r.teams,
    r.collaborators,
    r.backgrounds,
  ),
});

const skill: Reader<Skill> = (s) => ({
  name: s.name,
  aliases: s.aliases,
  summary: s.description ?? '',
  body: words(s.category),
});

const technology: Reader<Technology> = (t) => ({
  name: t.name,
  aliases: t.aliases,
  summary: t.description ?? '',
  body: words(t.category),
});

const industry: Reader<Industry> = (i) => ({
  name: i.name,
  summary: i.description ?? '',
  body: '',
});

const hub: Reader<Hub> = (h, locale) => ({
  name: h.city,
  aliases: h.aliases,
  summary: join(h.region, countryName(h.country, locale)),
  body: h.remoteNotes ?? '',
});

const employer: Reader<Employer> = (e) => ({
  name: e.name,
  summary: e.description ?? '',
  body: words(e.kind),
});

const faq: Reader<Faq> = (f) => ({ name: f.question, summary: '', body: plainText(f.answer) });

const vacancy: Reader<Vacancy> = (v) => ({
  name: v.title,
  summary: '',
  body: plainText(v.description),
});

/** Each type's reader and the service that lists it. */
const DOCUMENTS: { [T in NodeType]: [keyof Services, Reader<never>] } = {
  specialism: ['specialisms', specialism as Reader<never>],
  role: ['roles', role as Reader<never>],
  skill: ['skills', skill as Reader<never>],
  technology: ['technologies', technology as Reader<never>],
  industry: ['industries', industry as Reader<never>],
  hub: ['hubs', hub as Reader<never>],
  employer: ['employers', employer as Reader<never>],
  faq: ['faqs', faq as Reader<never>],
  vacancy: ['vacancies', vacancy as Reader<never>],
};

/**
 * Every node `services` may see (published, or the working versions in preview), as search
 * documents in `locale`: one read per type, from the store or in a few batched statements.
 */
export async function searchDocuments(
  services: Services,
  locale: string,
): Promise<SearchDocument[]> {
  const lists = await Promise.all(
    (Object.entries(DOCUMENTS) as [NodeType, [keyof Services, Reader<never>]][]).map(
      async ([type, [service, read]]) => {
        const all = await (services[service] as { all(): Promise<{ slug: string }[]> }).all();
        // Only live jobs are found: an expired or closed one's page answers 410.
        const nodes =
          type === 'vacancy'
            ? all.filter((v) => services.vacancies.state(v as Vacancy) === VacancyStatus.LIVE)
            : all;
        return nodes.map((node): SearchDocument => {
          const text = (read as Reader<typeof node>)(node, locale);
          return {
            id: toGlobalId(capitalize(type), node.slug),
            type,
            slug: node.slug,
            name: text.name,
            aliases: text.aliases ?? [],
            summary: text.summary,
            body: text.body,
          };
        });
      },
    ),
  );
  return lists.flat();
}
