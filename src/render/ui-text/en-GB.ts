/**
 * The British English catalog, and the shape every catalog has: `UiText` is written against it,
 * so a string another locale leaves out (or misspells) fails the build.
 *
 * Sentences with a link (or other markup) inside are functions that return children, so each
 * language places the link where its word order needs it.
 */
import type { ComponentChild, ComponentChildren } from 'preact';
import { withArticle } from '../../content/common/articles.js';
import { intlFor } from '../../content/common/intl.js';

/** The types search results are grouped by (the API's `ContentType` values). */
export type SearchType =
  'SPECIALISM' | 'ROLE' | 'SKILL' | 'TECHNOLOGY' | 'INDUSTRY' | 'HUB' | 'EMPLOYER' | 'FAQ';

/** Builds a link (or plain text, where the page may not link) around the given text. */
export type LinkTo = (text: string) => ComponentChild;

/** The words of one locale's catalog: every locale has each of them. */
export interface UiText {
  /** BCP 47 tag of this catalog, e.g. `de-DE`; the page's `<html lang>`. */
  readonly lang: string;
  /** Accessible name of the language switcher. */
  readonly languages: string;
  /** A country's name in this language, from its ISO 3166 code; the code when unknown. */
  countryName(code: string): string;

  readonly layout: {
    readonly preview: string;
    readonly leavePreview: string;
    readonly skipToContent: string;
    /** Accessible name of the main navigation. */
    readonly specialismsNav: string;
    readonly breadcrumb: string;
    footer(siteName: string, specialisms: string[]): string;
    readonly sitemap: string;
  };

  /** Labels every view shares. */
  readonly common: {
    readonly role: string;
    readonly primaryFocus: string;
    readonly keyDifference: string;
    readonly specialisms: string;
    readonly skills: string;
    readonly technologies: string;
    readonly industries: string;
    readonly hubs: string;
    readonly employers: string;
    readonly questions: string;
    readonly readMore: string;
    /** Stands in for an empty list in a table cell. */
    readonly none: string;
  };

  readonly home: {
    heading(specialisms: string[]): string;
    readonly lede: string;
    readonly specialismsTitle: string;
    cardRoles(roles: string[]): string;
  };

  readonly specialism: {
    heading(name: string): string;
    aboutHiring(name: string): string;
    readonly rolesTitle: string;
    comparisonCaption(name: string): string;
    compareLink(name: string): string;
    readonly marketTitle: string;
    readonly challengesTitle: string;
    readonly whenTitle: string;
    readonly signsTitle: string;
    readonly scenariosTitle: string;
    readonly interviewingTitle: string;
    readonly methodsTitle: string;
    readonly probesTitle: string;
    readonly mistakesTitle: string;
    readonly compensationTitle: string;
    readonly payFactorsTitle: string;
    readonly stackTitle: string;
    readonly employersTitle: string;
    faqLink(name: string): string;
    contactTitle(name: string): string;
    readonly enquireTitle: string;
  };

  readonly faq: {
    heading(name: string): string;
    /** The lede; `link` makes the link to the specialism's page. */
    lede(name: string, link: LinkTo): ComponentChildren;
    readonly questionsTitle: string;
    readonly atAGlanceTitle: string;
    readonly generatedNote: string;
    /** "Compare the roles, or read about each one:"; `link` goes to the comparison. */
    more(name: string, link: LinkTo): ComponentChildren;
  };

  readonly comparison: {
    heading(name: string): string;
    /** The lede; `link` makes the link to the specialism's page. */
    lede(name: string, link: LinkTo): ComponentChildren;
    readonly tableTitle: string;
    caption(name: string): string;
    readonly distinctSkills: string;
    readonly distinctTechnologies: string;
    readonly sharedTitle: string;
    readonly sharedSkills: string;
    readonly sharedTechnologies: string;
    /** The "read more" sentence; `link` goes to the specialism's FAQs. */
    faqs(name: string, link: LinkTo): ComponentChildren;
  };

  readonly role: {
    readonly coreSkills: string;
    readonly supportingSkills: string;
    readonly aboutTitle: string;
    readonly responsibilitiesTitle: string;
    readonly deliverablesTitle: string;
    readonly teamsTitle: string;
    readonly collaboratorsTitle: string;
    readonly backgroundsTitle: string;
    readonly industriesTitle: string;
    readonly hubsTitle: string;
    inHub(role: string, city: string): string;
    readonly relatedTitle: string;
    /** One related role: its (linked) name and its primary focus. */
    related(role: ComponentChild, focus: string): ComponentChildren;
  };

  readonly roleInHub: {
    heading(role: string, city: string): string;
    locationTitle(city: string, country: string): string;
    /** Where the role is hired; `roleLink` goes to the role, `hubLink` to the hub. */
    intro(p: {
      city: string;
      region: string;
      role: string;
      roleLink: LinkTo;
      hubLink: LinkTo;
    }): ComponentChildren;
    employersIn(city: string): string;
    otherHubs(role: string): string;
  };

  readonly taxonomy: {
    /** "Official site: example.com"; `link` is the link to it. */
    officialSite(link: ComponentChild): ComponentChildren;
    /** Heading of the notes specialisms write on a shared node. */
    bySpecialism: string;
    readonly skill: {
      heading(name: string): string;
      lede(name: string): string;
      readonly rolesTitle: string;
    };
    readonly technology: {
      heading(name: string): string;
      lede(name: string): string;
      rolesTitle(name: string): string;
    };
    readonly industry: {
      heading(name: string): string;
      lede(name: string): string;
      readonly rolesTitle: string;
    };
    readonly hub: {
      heading(city: string): string;
      rolesTitle(city: string): string;
    };
  };

  readonly notFound: {
    readonly title: string;
    readonly description: string;
    /** Says there is no page at `path` (already marked up). */
    lede(path: ComponentChild): ComponentChildren;
    /** Points to the home page; `link` makes the link. */
    home(link: LinkTo): ComponentChildren;
  };

  /** The search box in the header and the search page. */
  readonly search: {
    /** Accessible name of the header's search form and its field's label. */
    readonly label: string;
    readonly submit: string;
    readonly title: string;
    titleFor(query: string): string;
    readonly description: string;
    /** The empty state, above the specialisms to browse. */
    readonly prompt: string;
    resultsFor(count: number, query: string): string;
    noResults(query: string): string;
    /** "Did you mean …?"; `link` searches for the suggestion. */
    didYouMean(suggestion: string, link: LinkTo): ComponentChildren;
    /** Said when no result holds every word. */
    readonly someWords: string;
    readonly browse: string;
    /** Heading of each group of results, by type. */
    readonly types: Readonly<Record<SearchType, string>>;
  };

  readonly enquiry: {
    readonly name: string;
    readonly email: string;
    readonly company: string;
    readonly roles: string;
    readonly message: string;
    /** The label of the field only bots fill in. */
    readonly honeypot: string;
    readonly consent: string;
    readonly submit: string;
    readonly thanksTitle: string;
    readonly thanksDescription: string;
    thanksLede(reference: string): string;
    readonly thanksBack: string;
    readonly failedTitle: string;
    readonly failedDescription: string;
    readonly failedHeading: string;
    readonly failedLede: string;
    readonly failedBack: string;
  };
}

/** English lists stay as the site has always written them: "A, B, C". */
const commas = (items: string[]) => items.join(', ');

/** British English: the default, and what a locale without a catalog gets. */
export const enGB: UiText = {
  lang: 'en-GB',
  languages: 'Languages',
  countryName: intlFor('en-GB').country,
  layout: {
    preview: 'Preview: drafts are shown.',
    leavePreview: 'Leave preview',
    skipToContent: 'Skip to content',
    specialismsNav: 'Specialisms',
    breadcrumb: 'Breadcrumb',
    footer: (site, specialisms) => `${site}: specialist recruitment for ${commas(specialisms)}.`,
    sitemap: 'Sitemap',
  },
  common: {
    role: 'Role',
    primaryFocus: 'Primary focus',
    keyDifference: 'Key difference',
    specialisms: 'Specialisms',
    skills: 'Skills',
    technologies: 'Technologies',
    industries: 'Industries',
    hubs: 'Hubs',
    employers: 'Employers',
    questions: 'Questions',
    readMore: 'Read more',
    none: '—',
  },
  home: {
    heading: (specialisms) => `Specialist recruitment for ${commas(specialisms)}`,
    lede: 'One team for the hardest technical hires: we know the roles, the skills, the tools and the hubs where the people are.',
    specialismsTitle: 'Our specialisms',
    cardRoles: (roles) => `Roles: ${commas(roles)}`,
  },
  specialism: {
    heading: (name) => `${name} recruitment`,
    aboutHiring: (name) => `About ${name} hiring`,
    rolesTitle: 'The roles',
    comparisonCaption: (name) => `How the ${name} roles differ`,
    compareLink: (name) => `Compare the ${name} roles skill by skill`,
    marketTitle: 'Who hires, and where',
    challengesTitle: 'Why hiring is hard',
    whenTitle: 'When to hire',
    signsTitle: 'Signs it is time',
    scenariosTitle: 'Typical scenarios',
    interviewingTitle: 'Interviewing and assessment',
    methodsTitle: 'Methods that work',
    probesTitle: 'What to probe',
    mistakesTitle: 'Common mistakes',
    compensationTitle: 'Compensation trends',
    payFactorsTitle: 'What moves pay',
    stackTitle: 'Technologies, industries and hubs',
    employersTitle: 'Employers that hire',
    faqLink: (name) => `Read the ${name} hiring FAQs`,
    contactTitle: (name) => `Hiring in ${name}?`,
    enquireTitle: 'Tell us about your hiring plans',
  },
  faq: {
    heading: (name) => `${name} hiring FAQs`,
    lede: (name, link) => ['Answers to the questions hiring managers ask about ', link(name), '.'],
    questionsTitle: 'Questions and answers',
    atAGlanceTitle: 'At a glance',
    generatedNote:
      'These answers are drawn from the roles and links on this site, so they stay current.',
    more: (name, link) => [link(`Compare the ${name} roles`), ', or read about each one:'],
  },
  comparison: {
    heading: (name) => `${name} roles compared`,
    lede: (name, link) => [
      'What each role in ',
      link(name),
      ' concentrates on, how it differs, and the skills and technologies only it brings.',
    ],
    tableTitle: 'The comparison',
    caption: (name) => `${name} roles: focus, difference, and what only they need`,
    distinctSkills: 'Skills only this role needs',
    distinctTechnologies: 'Technologies only this role uses',
    sharedTitle: 'What they share',
    sharedSkills: 'Skills every role needs',
    sharedTechnologies: 'Technologies every role uses',
    faqs: (name, link) => [
      link(`The ${name} hiring FAQs`),
      ' answer the questions hiring managers ask most.',
    ],
  },
  role: {
    coreSkills: 'Core',
    supportingSkills: 'Supporting',
    aboutTitle: 'About the role',
    responsibilitiesTitle: 'What they do',
    deliverablesTitle: 'What they deliver',
    teamsTitle: 'Where they sit',
    collaboratorsTitle: 'Who they work with',
    backgroundsTitle: 'Backgrounds',
    industriesTitle: 'Industries that hire',
    hubsTitle: 'Where they are hired',
    inHub: (role, city) => `${role} in ${city}`,
    relatedTitle: 'Related roles',
    related: (role, focus) => [role, ': ', focus],
  },
  roleInHub: {
    heading: (role, city) => `Hiring ${withArticle(role)} in ${city}`,
    locationTitle: (city, country) => `${city}, ${country}`,
    intro: ({ city, region, role, roleLink, hubLink }) => [
      `${city} is one of the ${region} hubs where `,
      roleLink(`${role}s`),
      ' are hired. ',
      hubLink(`More roles hired in ${city}`),
      '.',
    ],
    employersIn: (city) => `Employers in ${city}`,
    otherHubs: (role) => `${role} in other hubs`,
  },
  taxonomy: {
    officialSite: (link) => ['Official site: ', link],
    bySpecialism: 'In each specialism',
    skill: {
      heading: (name) => `${name}: the roles that need it`,
      lede: (name) => `Roles that need ${name.toLowerCase()}.`,
      rolesTitle: 'Roles that need this skill',
    },
    technology: {
      heading: (name) => `${name} roles`,
      lede: (name) => `Roles that work with ${name}.`,
      rolesTitle: (name) => `Roles that use ${name}`,
    },
    industry: {
      heading: (name) => `Recruitment in ${name.toLowerCase()}`,
      lede: (name) => `Roles hired in ${name.toLowerCase()}.`,
      rolesTitle: 'Roles this industry hires',
    },
    hub: {
      heading: (city) => `Recruitment in ${city}`,
      rolesTitle: (city) => `Roles hired in ${city}`,
    },
  },
  notFound: {
    title: 'Page not found',
    description: 'There is no page at this address.',
    lede: (path) => [
      'There is no page at ',
      path,
      '. It may have moved, or the address may be mistyped.',
    ],
    home: (link) => [link('Go to the home page'), ' to see every specialism.'],
  },
  search: {
    label: 'Search the site',
    submit: 'Search',
    title: 'Search',
    titleFor: (query) => `Search: ${query}`,
    description: 'Search every specialism, role, skill, technology, industry and hub.',
    prompt: 'Type a role, skill, technology, industry or city above to search for it.',
    resultsFor: (count, query) => `${count} ${count === 1 ? 'result' : 'results'} for “${query}”`,
    noResults: (query) => `Nothing matched “${query}”.`,
    didYouMean: (suggestion, link) => ['Did you mean ', link(suggestion), '?'],
    someWords: 'No page holds every word you typed; these hold some of them.',
    browse: 'Or browse the specialisms:',
    types: {
      SPECIALISM: 'Specialisms',
      ROLE: 'Roles',
      SKILL: 'Skills',
      TECHNOLOGY: 'Technologies',
      INDUSTRY: 'Industries',
      HUB: 'Hubs',
      EMPLOYER: 'Employers',
      FAQ: 'Questions',
    },
  },
  enquiry: {
    name: 'Your name',
    email: 'Work email',
    company: 'Company',
    roles: 'Roles you are hiring for',
    message: 'Your hiring plans',
    honeypot: 'Leave this field empty',
    consent: 'You may contact me about this enquiry.',
    submit: 'Send enquiry',
    thanksTitle: 'Thank you',
    thanksDescription: 'Your enquiry was received.',
    thanksLede: (reference) =>
      `We have your enquiry (reference ${reference}). A consultant will be in touch shortly.`,
    thanksBack: 'Back to the page you came from',
    failedTitle: 'Enquiry not sent',
    failedDescription: 'The enquiry was not sent.',
    failedHeading: 'Your enquiry was not sent',
    failedLede: 'Please go back and check the form:',
    failedBack: 'Back to the form',
  },
};
