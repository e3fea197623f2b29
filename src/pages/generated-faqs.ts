import { pageTextFor, type PageText } from './page-text.js';

/**
 * FAQ answers the graph already knows, worded here and only here (per locale, in `page-text.ts`). They are built from the links
 * every time a page is read, so renaming a technology changes every answer that names it.
 */

export interface GeneratedFaq {
  /** Stable key, also the anchor on the FAQ page. */
  key: string;
  question: string;
  /** Markdown, like authored answers. */
  answer: string;
}

interface Named {
  name: string;
}

export interface FaqFacts {
  specialism: Named;
  roles: Named[];
  /** Technologies of the specialism's roles, most used first. */
  technologies: (Named & { category: string })[];
  industries: Named[];
  hubs: { city: string; country: string }[];
  /**
   * The specialism's authored FAQs: a generated answer one of them gives (its `answers`) is left
   * out, so the page never answers one question twice, differently.
   */
  authored?: { answers?: string | null }[];
}

export function generatedFaqs(
  facts: FaqFacts,
  text: PageText = pageTextFor('en-GB'),
): GeneratedFaq[] {
  const { specialism, roles, technologies, industries, hubs } = facts;
  const t = text.generated;
  const s = specialism.name;
  const faqs: GeneratedFaq[] = [];
  const taken = new Set((facts.authored ?? []).map((f) => f.answers).filter(Boolean));
  const result = () => faqs.filter((f) => !taken.has(f.key));
  if (roles.length) {
    faqs.push({
      key: 'roles',
      question: t.rolesQuestion(s),
      answer:
        roles.length === 1
          ? t.rolesAnswerOne(s, roles[0]!.name)
          : t.rolesAnswer(s, roles[0]!.name, text.list(roles.slice(1).map((r) => r.name))),
    });
  }
  if (technologies.length) {
    const languages = technologies.filter((x) => x.category === 'programming-language');
    const tools = technologies.filter((x) => x.category !== 'programming-language');
    const parts = [
      tools.length ? text.list(tools.map((x) => x.name)) : '',
      languages.length ? t.languagesSuchAs(text.list(languages.map((x) => x.name))) : '',
    ].filter(Boolean);
    faqs.push({
      key: 'technologies',
      question: t.technologiesQuestion(s),
      answer: t.technologiesAnswer(roles.length, s, parts.join(t.together)),
    });
  }
  if (industries.length) {
    faqs.push({
      key: 'industries',
      question: t.industriesQuestion(s),
      answer: t.industriesAnswer(s, text.list(industries.map((i) => i.name))),
    });
  }
  if (hubs.length) {
    const byCountry = new Map<string, string[]>();
    for (const hub of hubs)
      byCountry.set(hub.country, [...(byCountry.get(hub.country) ?? []), hub.city]);
    const places = [...byCountry].map(
      ([code, cities]) => `${text.list(cities)} (${text.country(code)})`,
    );
    faqs.push({
      key: 'hubs',
      question: t.hubsQuestion(s),
      answer: t.hubsAnswer(text.list(places)),
    });
  }
  return result();
}
