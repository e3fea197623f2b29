import { countryName, listOf } from './seo.js';

/**
 * FAQ answers the graph already knows, worded here and only here. They are built from the links
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
}

export function generatedFaqs(facts: FaqFacts): GeneratedFaq[] {
  const { specialism, roles, technologies, industries, hubs } = facts;
  const faqs: GeneratedFaq[] = [];
  if (roles.length) {
    faqs.push({
      key: 'roles',
      question: `Which roles does ${specialism.name} hiring cover?`,
      answer:
        roles.length === 1
          ? `${specialism.name} hiring centres on the ${roles[0].name}.`
          : `${specialism.name} hiring centres on the ${roles[0].name}, alongside ${listOf(roles.slice(1).map((r) => r.name))}.`,
    });
  }
  if (technologies.length) {
    const languages = technologies.filter((t) => t.category === 'programming-language');
    const tools = technologies.filter((t) => t.category !== 'programming-language');
    const parts = [
      tools.length ? `${listOf(tools.map((t) => t.name))}` : '',
      languages.length
        ? `programming languages such as ${listOf(languages.map((t) => t.name))}`
        : '',
    ].filter(Boolean);
    faqs.push({
      key: 'technologies',
      question: `Which technologies do ${specialism.name} roles use?`,
      answer: `Across the ${roles.length} roles in ${specialism.name}, the technologies that come up are ${parts.join(', together with ')}.`,
    });
  }
  if (industries.length) {
    faqs.push({
      key: 'industries',
      question: `Which industries hire ${specialism.name} talent?`,
      answer: `${specialism.name} roles are hired in ${listOf(industries.map((i) => i.name))}.`,
    });
  }
  if (hubs.length) {
    const byCountry = new Map<string, string[]>();
    for (const hub of hubs)
      byCountry.set(hub.country, [...(byCountry.get(hub.country) ?? []), hub.city]);
    const places = [...byCountry].map(
      ([code, cities]) => `${listOf(cities)} (${countryName(code)})`,
    );
    faqs.push({
      key: 'hubs',
      question: `Where are ${specialism.name} roles hired?`,
      answer: `The main hiring hubs are ${listOf(places)}.`,
    });
  }
  return faqs;
}
