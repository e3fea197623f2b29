/**
 * Every word the site's frame and views write themselves, per locale: section titles, table
 * headers, labels, the form, the page furniture. Content text comes from the graph (translated by
 * editors); these strings wrap it. Components read their locale's catalog with `useText()`;
 * `Layout` provides it.
 *
 * Sentences with a link (or other markup) inside are functions that return children, so each
 * language places the link where its word order needs it.
 */
import { createContext, type ComponentChild, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { intlFor } from '../content/common/intl.js';

/** Builds a link (or plain text, where the page may not link) around the given text. */
export type LinkTo = (text: string) => ComponentChild;

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

const enGB: UiText = {
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
    heading: (role, city) => `Hiring a ${role} in ${city}`,
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

const deList = intlFor('de-DE').list;

const deDE: UiText = {
  lang: 'de-DE',
  languages: 'Sprachen',
  countryName: intlFor('de-DE').country,
  layout: {
    preview: 'Vorschau: Entwürfe werden angezeigt.',
    leavePreview: 'Vorschau beenden',
    skipToContent: 'Zum Inhalt springen',
    specialismsNav: 'Spezialisierungen',
    breadcrumb: 'Brotkrümelnavigation',
    footer: (site, specialisms) =>
      `${site}: spezialisierte Personalberatung für ${deList(specialisms)}.`,
    sitemap: 'Sitemap',
  },
  common: {
    role: 'Rolle',
    primaryFocus: 'Schwerpunkt',
    keyDifference: 'Wesentlicher Unterschied',
    specialisms: 'Spezialisierungen',
    skills: 'Skills',
    technologies: 'Technologien',
    industries: 'Branchen',
    hubs: 'Standorte',
    employers: 'Arbeitgeber',
    questions: 'Fragen',
    readMore: 'Weiterlesen',
    none: '—',
  },
  home: {
    heading: (specialisms) => `Spezialisierte Personalberatung für ${deList(specialisms)}`,
    lede: 'Ein Team für die anspruchsvollsten technischen Positionen: Wir kennen die Rollen, die Skills, die Tools und die Standorte, an denen die passenden Fachkräfte zu finden sind.',
    specialismsTitle: 'Unsere Spezialisierungen',
    cardRoles: (roles) => `Rollen: ${roles.join(', ')}`,
  },
  specialism: {
    heading: (name) => `Recruiting im Bereich ${name}`,
    aboutHiring: (name) => `Recruiting im Bereich ${name} im Überblick`,
    rolesTitle: 'Die Rollen',
    comparisonCaption: (name) => `Wie sich die Rollen im Bereich ${name} unterscheiden`,
    compareLink: (name) => `Rollen im Bereich ${name} Skill für Skill vergleichen`,
    marketTitle: 'Wer einstellt – und wo',
    challengesTitle: 'Warum die Besetzung schwierig ist',
    whenTitle: 'Wann Sie einstellen sollten',
    signsTitle: 'Anzeichen, dass es Zeit ist',
    scenariosTitle: 'Typische Szenarien',
    interviewingTitle: 'Interviews und Auswahlverfahren',
    methodsTitle: 'Bewährte Methoden',
    probesTitle: 'Was Sie gezielt prüfen sollten',
    mistakesTitle: 'Häufige Fehler',
    compensationTitle: 'Gehaltsentwicklung',
    payFactorsTitle: 'Was das Gehalt beeinflusst',
    stackTitle: 'Technologien, Branchen und Standorte',
    employersTitle: 'Arbeitgeber, die einstellen',
    faqLink: (name) => `Häufige Fragen zum Recruiting im Bereich ${name}`,
    contactTitle: (name) => `Sie suchen Verstärkung im Bereich ${name}?`,
    enquireTitle: 'Erzählen Sie uns von Ihren Einstellungsplänen',
  },
  faq: {
    heading: (name) => `FAQ: Recruiting im Bereich ${name}`,
    lede: (name, link) => [
      'Antworten auf die Fragen, die Hiring Manager zum Bereich ',
      link(name),
      ' stellen.',
    ],
    questionsTitle: 'Fragen und Antworten',
    atAGlanceTitle: 'Auf einen Blick',
    generatedNote:
      'Diese Antworten entstehen aus den Rollen und Verknüpfungen auf dieser Website und sind daher immer aktuell.',
    more: (name, link) => [
      link(`Rollen im Bereich ${name} vergleichen`),
      ' oder mehr über die einzelnen Rollen erfahren:',
    ],
  },
  comparison: {
    heading: (name) => `Rollen im Bereich ${name} im Vergleich`,
    lede: (name, link) => [
      'Worauf sich jede Rolle im Bereich ',
      link(name),
      ' konzentriert, worin sie sich unterscheidet und welche Skills und Technologien nur sie mitbringt.',
    ],
    tableTitle: 'Der Vergleich',
    caption: (name) =>
      `Rollen im Bereich ${name}: Schwerpunkt, Unterschied und Alleinstellungsmerkmale`,
    distinctSkills: 'Skills, die nur diese Rolle erfordert',
    distinctTechnologies: 'Technologien, die nur diese Rolle nutzt',
    sharedTitle: 'Was sie gemeinsam haben',
    sharedSkills: 'Skills, die jede Rolle erfordert',
    sharedTechnologies: 'Technologien, die jede Rolle nutzt',
    faqs: (name, link) => [
      link(`Die FAQ zum Recruiting im Bereich ${name}`),
      ' beantworten die Fragen, die Hiring Manager am häufigsten stellen.',
    ],
  },
  role: {
    coreSkills: 'Kern-Skills',
    supportingSkills: 'Ergänzende Skills',
    aboutTitle: 'Über die Rolle',
    responsibilitiesTitle: 'Aufgaben',
    deliverablesTitle: 'Ergebnisse',
    teamsTitle: 'Einbindung im Unternehmen',
    collaboratorsTitle: 'Zusammenarbeit mit',
    backgroundsTitle: 'Typische Werdegänge',
    industriesTitle: 'Branchen, die einstellen',
    hubsTitle: 'Wo eingestellt wird',
    inHub: (role, city) => `${role} in ${city}`,
    relatedTitle: 'Verwandte Rollen',
    related: (role, focus) => [role, ': ', focus],
  },
  roleInHub: {
    heading: (role, city) => `${role} in ${city} einstellen`,
    locationTitle: (city, country) => `${city}, ${country}`,
    // The hub's region is not translated content, so the German sentence does without it.
    intro: ({ city, role, roleLink, hubLink }) => [
      `${city} gehört zu den Standorten, an denen Positionen als `,
      roleLink(role),
      ' besetzt werden. ',
      hubLink(`Weitere Rollen in ${city}`),
      '.',
    ],
    employersIn: (city) => `Arbeitgeber in ${city}`,
    otherHubs: (role) => `${role} an anderen Standorten`,
  },
  taxonomy: {
    officialSite: (link) => ['Offizielle Website: ', link],
    skill: {
      heading: (name) => `${name}: Rollen, die diesen Skill erfordern`,
      lede: (name) => `Rollen, in denen ${name} gefragt ist.`,
      rolesTitle: 'Rollen, die diesen Skill erfordern',
    },
    technology: {
      heading: (name) => `Rollen mit ${name}`,
      lede: (name) => `Rollen, in denen mit ${name} gearbeitet wird.`,
      rolesTitle: (name) => `Rollen, die ${name} einsetzen`,
    },
    industry: {
      heading: (name) => `Recruiting in der Branche ${name}`,
      lede: (name) => `Rollen, die in der Branche ${name} besetzt werden.`,
      rolesTitle: 'Rollen, die diese Branche besetzt',
    },
    hub: {
      heading: (city) => `Recruiting in ${city}`,
      rolesTitle: (city) => `Rollen, die in ${city} gesucht werden`,
    },
  },
  notFound: {
    title: 'Seite nicht gefunden',
    description: 'Unter dieser Adresse gibt es keine Seite.',
    lede: (path) => [
      'Unter ',
      path,
      ' gibt es keine Seite. Vielleicht wurde sie verschoben, oder die Adresse enthält einen Tippfehler.',
    ],
    home: (link) => [link('Zur Startseite'), ' – dort finden Sie alle Spezialisierungen.'],
  },
  enquiry: {
    name: 'Ihr Name',
    email: 'Geschäftliche E-Mail-Adresse',
    company: 'Unternehmen',
    roles: 'Rollen, die Sie besetzen möchten',
    message: 'Ihre Einstellungspläne',
    honeypot: 'Dieses Feld bitte leer lassen',
    consent: 'Sie dürfen mich zu dieser Anfrage kontaktieren.',
    submit: 'Anfrage senden',
    thanksTitle: 'Vielen Dank',
    thanksDescription: 'Ihre Anfrage ist bei uns eingegangen.',
    thanksLede: (reference) =>
      `Wir haben Ihre Anfrage erhalten (Referenz ${reference}). Jemand aus unserem Beratungsteam meldet sich in Kürze bei Ihnen.`,
    thanksBack: 'Zurück zur vorherigen Seite',
    failedTitle: 'Anfrage nicht gesendet',
    failedDescription: 'Die Anfrage wurde nicht gesendet.',
    failedHeading: 'Ihre Anfrage wurde nicht gesendet',
    failedLede: 'Bitte gehen Sie zurück und prüfen Sie das Formular:',
    failedBack: 'Zurück zum Formular',
  },
};

const frList = intlFor('fr-FR').list;

const frFR: UiText = {
  lang: 'fr-FR',
  languages: 'Langues',
  countryName: intlFor('fr-FR').country,
  layout: {
    preview: 'Aperçu : les brouillons sont affichés.',
    leavePreview: 'Quitter l’aperçu',
    skipToContent: 'Aller au contenu',
    specialismsNav: 'Spécialisations',
    breadcrumb: 'Fil d’Ariane',
    footer: (site, specialisms) => `${site} : recrutement spécialisé en ${frList(specialisms)}.`,
    sitemap: 'Plan du site',
  },
  common: {
    role: 'Rôle',
    primaryFocus: 'Mission principale',
    keyDifference: 'Différence clé',
    specialisms: 'Spécialisations',
    skills: 'Compétences',
    technologies: 'Technologies',
    industries: 'Secteurs',
    hubs: 'Villes',
    employers: 'Employeurs',
    questions: 'Questions',
    readMore: 'Pour aller plus loin',
    none: '—',
  },
  home: {
    heading: (specialisms) => `Recrutement spécialisé en ${frList(specialisms)}`,
    lede: 'Une seule équipe pour les recrutements techniques les plus exigeants : nous connaissons les rôles, les compétences, les outils et les villes où se trouvent les talents.',
    specialismsTitle: 'Nos spécialisations',
    cardRoles: (roles) => `Rôles : ${roles.join(', ')}`,
  },
  specialism: {
    heading: (name) => `Recrutement ${name}`,
    aboutHiring: (name) => `Le recrutement ${name} en bref`,
    rolesTitle: 'Les rôles',
    comparisonCaption: (name) => `Ce qui distingue les rôles ${name}`,
    compareLink: (name) => `Comparer les rôles ${name} compétence par compétence`,
    marketTitle: 'Qui recrute, et où',
    challengesTitle: 'Pourquoi ces recrutements sont difficiles',
    whenTitle: 'Quand recruter',
    signsTitle: 'Les signes qu’il est temps',
    scenariosTitle: 'Situations types',
    interviewingTitle: 'Entretiens et évaluation',
    methodsTitle: 'Les méthodes qui fonctionnent',
    probesTitle: 'Les points à approfondir',
    mistakesTitle: 'Erreurs fréquentes',
    compensationTitle: 'Tendances de rémunération',
    payFactorsTitle: 'Ce qui fait varier la rémunération',
    stackTitle: 'Technologies, secteurs et villes',
    employersTitle: 'Les employeurs qui recrutent',
    faqLink: (name) => `Lire la FAQ sur le recrutement ${name}`,
    contactTitle: (name) => `Vous recrutez des profils ${name} ?`,
    enquireTitle: 'Parlez-nous de vos projets de recrutement',
  },
  faq: {
    heading: (name) => `FAQ : recrutement ${name}`,
    lede: (name, link) => [
      'Les réponses aux questions que se posent les responsables du recrutement sur ',
      link(name),
      '.',
    ],
    questionsTitle: 'Questions et réponses',
    atAGlanceTitle: 'En bref',
    generatedNote:
      'Ces réponses sont tirées des rôles et des liens de ce site : elles restent donc toujours à jour.',
    more: (name, link) => [
      link(`Comparer les rôles ${name}`),
      ', ou découvrir chacun d’entre eux :',
    ],
  },
  comparison: {
    heading: (name) => `Rôles ${name} comparés`,
    lede: (name, link) => [
      'Sur quoi se concentre chaque rôle ',
      link(name),
      ', ce qui le distingue, et les compétences et technologies qu’il est seul à apporter.',
    ],
    tableTitle: 'Le comparatif',
    caption: (name) => `Rôles ${name} : mission, différence et ce qui leur est propre`,
    distinctSkills: 'Compétences propres à ce rôle',
    distinctTechnologies: 'Technologies propres à ce rôle',
    sharedTitle: 'Ce qu’ils ont en commun',
    sharedSkills: 'Compétences requises par tous les rôles',
    sharedTechnologies: 'Technologies utilisées par tous les rôles',
    faqs: (name, link) => [
      link(`La FAQ sur le recrutement ${name}`),
      ' répond aux questions que les responsables du recrutement posent le plus souvent.',
    ],
  },
  role: {
    coreSkills: 'Compétences clés',
    supportingSkills: 'Compétences complémentaires',
    aboutTitle: 'À propos du rôle',
    responsibilitiesTitle: 'Missions',
    deliverablesTitle: 'Livrables',
    teamsTitle: 'Place dans l’organisation',
    collaboratorsTitle: 'Interlocuteurs',
    backgroundsTitle: 'Parcours types',
    industriesTitle: 'Secteurs qui recrutent',
    hubsTitle: 'Où ces profils sont recrutés',
    inHub: (role, city) => `${role} à ${city}`,
    relatedTitle: 'Rôles voisins',
    related: (role, focus) => [role, ' : ', focus],
  },
  roleInHub: {
    heading: (role, city) => `Recruter un ${role} à ${city}`,
    locationTitle: (city, country) => `${city}, ${country}`,
    // The hub's region is not translated content, so the French sentence does without it.
    intro: ({ city, role, roleLink, hubLink }) => [
      `${city} fait partie des villes où se recrutent les profils `,
      roleLink(role),
      '. ',
      hubLink(`Autres rôles recrutés à ${city}`),
      '.',
    ],
    employersIn: (city) => `Employeurs à ${city}`,
    otherHubs: (role) => `${role} dans d’autres villes`,
  },
  taxonomy: {
    officialSite: (link) => ['Site officiel : ', link],
    skill: {
      heading: (name) => `${name} : les rôles concernés`,
      lede: (name) => `Rôles pour lesquels la compétence « ${name} » est requise.`,
      rolesTitle: 'Rôles qui demandent cette compétence',
    },
    technology: {
      heading: (name) => `${name} : les rôles`,
      lede: (name) => `Rôles qui travaillent avec ${name}.`,
      rolesTitle: (name) => `Rôles qui utilisent ${name}`,
    },
    industry: {
      heading: (name) => `Recrutement dans le secteur ${name.toLocaleLowerCase('fr-FR')}`,
      lede: (name) => `Rôles recrutés dans le secteur ${name.toLocaleLowerCase('fr-FR')}.`,
      rolesTitle: 'Rôles recrutés dans ce secteur',
    },
    hub: {
      heading: (city) => `Recrutement à ${city}`,
      rolesTitle: (city) => `Rôles recrutés à ${city}`,
    },
  },
  notFound: {
    title: 'Page introuvable',
    description: 'Aucune page ne correspond à cette adresse.',
    lede: (path) => [
      'Aucune page ne se trouve à l’adresse ',
      path,
      '. Elle a peut-être été déplacée, ou l’adresse comporte une faute de frappe.',
    ],
    home: (link) => [link('Revenir à la page d’accueil'), ' pour voir toutes nos spécialisations.'],
  },
  enquiry: {
    name: 'Votre nom',
    email: 'E-mail professionnel',
    company: 'Entreprise',
    roles: 'Rôles à pourvoir',
    message: 'Vos projets de recrutement',
    honeypot: 'Laissez ce champ vide',
    consent: 'Vous pouvez me contacter au sujet de cette demande.',
    submit: 'Envoyer la demande',
    thanksTitle: 'Merci',
    thanksDescription: 'Votre demande a bien été reçue.',
    thanksLede: (reference) =>
      `Nous avons bien reçu votre demande (référence ${reference}). Un membre de notre équipe vous recontactera très prochainement.`,
    thanksBack: 'Revenir à la page précédente',
    failedTitle: 'Demande non envoyée',
    failedDescription: 'La demande n’a pas été envoyée.',
    failedHeading: 'Votre demande n’a pas été envoyée',
    failedLede: 'Veuillez revenir en arrière et vérifier le formulaire :',
    failedBack: 'Retour au formulaire',
  },
};

/** The catalogs, by locale. */
export const uiTexts: Record<string, UiText> = { 'en-GB': enGB, 'de-DE': deDE, 'fr-FR': frFR };

/** The catalog for `locale`; British English when there is none for it. */
export function textFor(locale: string | undefined): UiText {
  return (locale !== undefined && Object.hasOwn(uiTexts, locale) && uiTexts[locale]) || enGB;
}

/** The catalog of the page being rendered; `Layout` provides it. */
export const UiTextContext = createContext<UiText>(uiTexts['en-GB']);

/** This page's catalog, inside a component. */
export function useText(): UiText {
  return useContext(UiTextContext);
}
