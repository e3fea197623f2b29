import type {
  WebPage,
  BreadcrumbList,
  City,
  FAQPage,
  Graph,
  ItemList,
  Occupation,
  Organization,
  Thing,
  WebSite,
} from 'schema-dts';
import { countryName } from '../content/common/intl.js';

/**
 * JSON-LD for the pages, typed by schema-dts and built only from the graph. Salary figures are
 * never invented: `estimatedSalary` is left out because the content holds none.
 */

export interface SiteInfo {
  name: string;
  url: string;
}

export interface Crumb {
  name: string;
  url: string;
}

const organizationId = (site: SiteInfo) => `${site.url}/#organization`;

export function organization(site: SiteInfo): Organization {
  return {
    '@type': 'Organization',
    '@id': organizationId(site),
    name: site.name,
    url: `${site.url}/`,
  };
}

export function webSite(site: SiteInfo): WebSite {
  return {
    '@type': 'WebSite',
    '@id': `${site.url}/#website`,
    name: site.name,
    url: `${site.url}/`,
    publisher: { '@id': organizationId(site) },
  };
}

/** The page itself, with its language. */
export function webPage(page: {
  url: string;
  name: string;
  description: string;
  inLanguage: string;
}): WebPage {
  return { '@type': 'WebPage', '@id': `${page.url}#webpage`, ...page };
}

export function breadcrumbList(crumbs: Crumb[]): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

export function itemList(name: string, items: Crumb[]): ItemList {
  return {
    '@type': 'ItemList',
    name,
    numberOfItems: items.length,
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      url: item.url,
    })),
  };
}

/** Each question once, with one accepted answer: the same (sanitised HTML) text the page shows. */
export function faqPage(
  url: string,
  name: string,
  entries: { question: string; answerHtml: string }[],
): FAQPage {
  return {
    '@type': 'FAQPage',
    '@id': `${url}#faq`,
    name,
    url,
    mainEntity: entries.map((e) => ({
      '@type': 'Question',
      name: e.question,
      acceptedAnswer: { '@type': 'Answer', text: e.answerHtml },
    })),
  };
}

/** A hub as a schema.org City, its country named in the page's language. */
export function city(hub: { city: string; country: string }, locale: string): City {
  return {
    '@type': 'City',
    name: hub.city,
    containedInPlace: {
      '@type': 'Country',
      name: countryName(hub.country, locale),
      identifier: hub.country,
    },
  };
}

export interface OccupationFacts {
  url: string;
  name: string;
  description: string;
  skills: string[];
  responsibilities: string[];
  hubs: { city: string; country: string }[];
  /** The specialisms the role belongs to: the occupation's category, in words. */
  categories: string[];
  /** The page's language, for the names of countries. */
  locale: string;
}

export function occupation(facts: OccupationFacts): Occupation {
  return {
    '@type': 'Occupation',
    '@id': `${facts.url}#occupation`,
    name: facts.name,
    description: facts.description,
    url: facts.url,
    skills: facts.skills,
    responsibilities: facts.responsibilities,
    occupationLocation: facts.hubs.map((hub) => city(hub, facts.locale)),
    occupationalCategory: facts.categories,
  };
}

/** One JSON-LD document for a page: every node in a `@graph`. */
export function graph(nodes: Thing[]): Graph {
  return { '@context': 'https://schema.org', '@graph': nodes };
}
