import type {
  WebPage,
  BreadcrumbList,
  City,
  FAQPage,
  Graph,
  ItemList,
  JobPosting,
  MonetaryAmountDistribution,
  Occupation,
  Organization,
  Thing,
  WebSite,
} from 'schema-dts';
import { countryName } from '../content/common/intl.js';

/**
 * JSON-LD for the pages, typed by schema-dts and built only from the graph. Salary figures are
 * never invented: `estimatedSalary` comes from live vacancies' advertised pay, and only where at
 * least three back it.
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
  /** Advertised pay (each backed by at least three live vacancies); none: left out. */
  salaries?: SalaryFacts[];
}

export interface SalaryFacts {
  currency: string;
  period: string;
  count: number;
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
}

/** A pay distribution as schema.org has it (`estimatedSalary`). */
export function salaryDistribution(s: SalaryFacts, name: string): MonetaryAmountDistribution {
  return {
    '@type': 'MonetaryAmountDistribution',
    name,
    currency: s.currency,
    duration:
      { HOUR: 'PT1H', DAY: 'P1D', WEEK: 'P1W', MONTH: 'P1M', YEAR: 'P1Y' }[s.period] ?? 'P1Y',
    percentile10: s.p10,
    percentile25: s.p25,
    median: s.p50,
    percentile75: s.p75,
    percentile90: s.p90,
  };
}

export function occupation(facts: OccupationFacts): Occupation {
  return {
    ...(facts.salaries?.length && {
      estimatedSalary: facts.salaries.map((s) =>
        salaryDistribution(s, `from ${s.count} advertised salaries`),
      ),
    }),
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

export interface JobFacts {
  url: string;
  title: string;
  descriptionHtml: string;
  datePosted: string;
  validThrough: string | null;
  employmentType: string;
  /** The employer, or (advertised in confidence) the recruitment firm itself. */
  hiringOrganization: { name: string; url?: string | null };
  workplace: string;
  hubs: { city: string; country: string }[];
  remoteCountries: string[];
  salary: { currency: string; min: number; max: number; period: string } | null;
  identifier: { name: string; value: string };
  /** Whether the job page itself takes the application. */
  directApply: boolean;
  occupation: { url: string; name: string };
  locale: string;
}

/**
 * A live job, as Google for Jobs reads it: what it requires (title, description as HTML,
 * datePosted, hiringOrganization, jobLocation) and recommends (validThrough, employmentType,
 * baseSalary, identifier, directApply); a fully remote job is `TELECOMMUTE` with the countries
 * it accepts applicants from.
 */
export function jobPosting(job: JobFacts): JobPosting {
  const remote = job.workplace === 'REMOTE';
  return {
    '@type': 'JobPosting',
    '@id': `${job.url}#job`,
    url: job.url,
    title: job.title,
    description: job.descriptionHtml,
    datePosted: job.datePosted,
    ...(job.validThrough && { validThrough: job.validThrough }),
    employmentType: job.employmentType,
    hiringOrganization: {
      '@type': 'Organization',
      name: job.hiringOrganization.name,
      ...(job.hiringOrganization.url && { sameAs: job.hiringOrganization.url }),
    },
    ...(job.hubs.length > 0 && {
      jobLocation: job.hubs.map((hub) => ({
        '@type': 'Place' as const,
        address: {
          '@type': 'PostalAddress' as const,
          addressLocality: hub.city,
          addressCountry: hub.country,
        },
      })),
    }),
    ...(remote && {
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: job.remoteCountries.map((code) => ({
        '@type': 'Country' as const,
        name: countryName(code, job.locale),
        identifier: code,
      })),
    }),
    ...(job.salary && {
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: job.salary.currency,
        value: {
          '@type': 'QuantitativeValue',
          minValue: job.salary.min,
          maxValue: job.salary.max,
          unitText: job.salary.period,
        },
      },
    }),
    identifier: {
      '@type': 'PropertyValue',
      name: job.identifier.name,
      value: job.identifier.value,
    },
    directApply: job.directApply,
    relevantOccupation: {
      '@type': 'Occupation',
      '@id': `${job.occupation.url}#occupation`,
      name: job.occupation.name,
    },
  };
}

/** One JSON-LD document for a page: every node in a `@graph`. */
export function graph(nodes: Thing[]): Graph {
  return { '@context': 'https://schema.org', '@graph': nodes };
}
