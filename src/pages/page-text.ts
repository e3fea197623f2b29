import { withArticle } from '../content/common/articles.js';
import { intlFor } from '../content/common/intl.js';
/**
 * What the page model writes itself, per locale: titles, descriptions, breadcrumb and link
 * labels, JSON-LD list names, and the FAQ answers generated from the graph. Content text comes
 * from the graph (translated by editors); these templates wrap it.
 */
export interface PageText {
  lang: string;
  /** Open Graph locale, e.g. `de_DE`. */
  ogLocale: string;
  list(items: string[]): string;
  country(code: string): string;
  home: string;
  homeTitles(names: string): string[];
  homeDescription(site: string, names: string): string;
  specialismsList: string;
  compareLink(specialism: string): string;
  faqsLink(specialism: string): string;
  specialismTitles(specialism: string): string[];
  rolesOf(specialism: string): string;
  faqsCrumb: string;
  faqTitles(specialism: string): string[];
  faqDescription(specialism: string, questions: string): string;
  faqPageName(specialism: string): string;
  compareCrumb: string;
  comparisonTitles(first: string, specialism: string): string[];
  comparisonDescription(names: string): string;
  comparedList(specialism: string): string;
  roleInHubLink(role: string, city: string): string;
  roleTitles(role: string): string[];
  roleInHubTitles(role: string, city: string): string[];
  roleInHubDescription(role: string, city: string, country: string, summary: string): string;
  skillTitles(name: string): string[];
  technologyTitles(name: string): string[];
  industryTitles(name: string): string[];
  hubTitles(city: string, country: string): string[];
  hubAbout(city: string, country: string): string;
  taxonomyDescription(about: string, roles: string): string;
  rolesHiredIn(city: string): string;
  rolesFor(name: string): string;
  jobsCrumb: string;
  jobsTitles(site: string): string[];
  jobsDescription(site: string): string;
  jobsList: string;
  /** `place`: the hubs' cities, or "Remote". */
  jobTitles(title: string, place: string): string[];
  jobDescription(title: string, place: string, role: string): string;
  remote: string;
  /** The title of an expired or closed job's page (410). */
  jobGoneTitles(title: string): string[];
  generated: {
    rolesQuestion(specialism: string): string;
    rolesAnswerOne(specialism: string, role: string): string;
    rolesAnswer(specialism: string, first: string, others: string): string;
    technologiesQuestion(specialism: string): string;
    languagesSuchAs(languages: string): string;
    together: string;
    technologiesAnswer(count: number, specialism: string, parts: string): string;
    industriesQuestion(specialism: string): string;
    industriesAnswer(specialism: string, industries: string): string;
    hubsQuestion(specialism: string): string;
    hubsAnswer(places: string): string;
  };
}

const enJobs = {
  jobsCrumb: 'Jobs',
  jobsTitles: (site: string) => [`Live Jobs at ${site}`, 'Live Jobs'],
  jobsDescription: (site: string) =>
    `Live vacancies ${site} recruits for, newest first: filter by role, hub, workplace and contract.`,
  jobsList: 'Live vacancies',
  jobTitles: (title: string, place: string) => [`${title}, ${place}`, title],
  jobDescription: (title: string, place: string, role: string) =>
    `${title} (${place}): ${withArticle(role)} vacancy with pay, place, contract and how to apply.`,
  remote: 'Remote',
  jobGoneTitles: (title: string) => [`No longer advertised: ${title}`, title],
};

const deJobs = {
  jobsCrumb: 'Jobs',
  jobsTitles: (site: string) => [`Aktuelle Jobs bei ${site}`, 'Aktuelle Jobs'],
  jobsDescription: (site: string) =>
    `Aktuelle Stellen, für die ${site} rekrutiert, die neuesten zuerst: nach Rolle, Standort, Arbeitsort und Vertrag filtern.`,
  jobsList: 'Aktuelle Stellen',
  jobTitles: (title: string, place: string) => [`${title}, ${place}`, title],
  jobDescription: (title: string, place: string, role: string) =>
    `${title} (${place}): Stelle als ${role} mit Gehalt, Ort, Vertrag und Bewerbungsweg.`,
  remote: 'Remote',
  jobGoneTitles: (title: string) => [`Nicht mehr ausgeschrieben: ${title}`, title],
};

const frJobs = {
  jobsCrumb: 'Offres',
  jobsTitles: (site: string) => [`Offres d'emploi chez ${site}`, "Offres d'emploi"],
  jobsDescription: (site: string) =>
    `Les postes ouverts pour lesquels ${site} recrute, les plus récents d'abord : par rôle, ville, mode de travail et contrat.`,
  jobsList: 'Postes ouverts',
  jobTitles: (title: string, place: string) => [`${title}, ${place}`, title],
  jobDescription: (title: string, place: string, role: string) =>
    `${title} (${place}) : poste de ${role}, avec salaire, lieu, contrat et candidature.`,
  remote: 'Télétravail',
  jobGoneTitles: (title: string) => [`Offre pourvue ou expirée : ${title}`, title],
};

const enGB: PageText = {
  ...enJobs,
  lang: 'en-GB',
  ogLocale: 'en_GB',
  ...intlFor('en-GB'),
  home: 'Home',
  homeTitles: (names) => [`Specialist Recruitment for ${names}`, 'Specialist Recruitment'],
  homeDescription: (site, names) =>
    `${site} recruits for ${names}: roles, skills, technologies, hubs and hiring advice for each specialism.`,
  specialismsList: 'Specialisms',
  compareLink: (s) => `Compare ${s} roles`,
  faqsLink: (s) => `${s} FAQs`,
  specialismTitles: (s) => [`${s} Recruitment and Hiring Guide`, `${s} Recruitment`],
  rolesOf: (s) => `${s} roles`,
  faqsCrumb: 'FAQs',
  faqTitles: (s) => [`${s} Hiring FAQs`, `${s} FAQs`],
  faqDescription: (s, questions) =>
    `Questions hiring managers ask about ${s}, answered: ${questions}`,
  faqPageName: (s) => `${s} hiring FAQs`,
  compareCrumb: 'Compare roles',
  comparisonTitles: (first, s) => [`${first} vs Related Roles`, `${s} Roles Compared`],
  comparisonDescription: (names) =>
    `How ${names} differ: primary focus, key difference, and the skills and technologies they share.`,
  comparedList: (s) => `${s} roles compared`,
  roleInHubLink: (role, city) => `${role} in ${city}`,
  roleTitles: (role) => [
    `${role} Recruitment: Skills, Tools and Hubs`,
    `${role} Recruitment`,
    role,
  ],
  roleInHubTitles: (role, city) => [`Hire ${withArticle(role)} in ${city}`, `${role} in ${city}`],
  roleInHubDescription: (role, city, country, summary) =>
    `Hiring ${withArticle(role)} in ${city}, ${country}. ${summary}`,
  skillTitles: (n) => [
    `${n} Skills in Demand: Roles and Hiring`,
    `${n} Skills in Demand`,
    `${n} Skills`,
  ],
  technologyTitles: (n) => [`${n} Roles and Recruitment`, `${n} Roles`],
  industryTitles: (n) => [`${n} Tech Recruitment`, `${n} Recruitment`],
  hubTitles: (city, country) => [
    `Tech Recruitment in ${city}, ${country}`,
    `Tech Recruitment in ${city}`,
  ],
  hubAbout: (city, country) => `Hiring in ${city}, ${country}.`,
  taxonomyDescription: (about, roles) => `${about} Roles: ${roles}.`,
  rolesHiredIn: (city) => `Roles hired in ${city}`,
  rolesFor: (name) => `Roles for ${name}`,
  generated: {
    rolesQuestion: (s) => `Which roles does ${s} hiring cover?`,
    rolesAnswerOne: (s, role) => `${s} hiring centres on the ${role}.`,
    rolesAnswer: (s, first, others) => `${s} hiring centres on the ${first}, alongside ${others}.`,
    technologiesQuestion: (s) => `Which technologies do ${s} roles use?`,
    languagesSuchAs: (languages) => `programming languages such as ${languages}`,
    together: ', together with ',
    technologiesAnswer: (count, s, parts) =>
      `Across the ${count} roles in ${s}, the technologies that come up are ${parts}.`,
    industriesQuestion: (s) => `Which industries hire ${s} talent?`,
    industriesAnswer: (s, industries) => `${s} roles are hired in ${industries}.`,
    hubsQuestion: (s) => `Where are ${s} roles hired?`,
    hubsAnswer: (places) => `The main hiring hubs are ${places}.`,
  },
};

const deDE: PageText = {
  ...deJobs,
  lang: 'de-DE',
  ogLocale: 'de_DE',
  ...intlFor('de-DE'),
  home: 'Startseite',
  homeTitles: (names) => [
    `Spezialisierte Personalberatung für ${names}`,
    'Spezialisierte Personalberatung',
  ],
  homeDescription: (site, names) =>
    `${site} rekrutiert für ${names}: Rollen, Skills, Technologien, Standorte und Recruiting-Tipps für jede Spezialisierung.`,
  specialismsList: 'Spezialisierungen',
  compareLink: (s) => `Rollen im Bereich ${s} vergleichen`,
  faqsLink: (s) => `FAQ zu ${s}`,
  specialismTitles: (s) => [`${s}: Recruiting und Einstellungsleitfaden`, `${s}: Recruiting`],
  rolesOf: (s) => `Rollen im Bereich ${s}`,
  faqsCrumb: 'FAQ',
  faqTitles: (s) => [`${s}: Häufige Fragen zur Einstellung`, `FAQ zu ${s}`],
  faqDescription: (s, questions) =>
    `Fragen, die Hiring Manager zu ${s} stellen – mit Antworten: ${questions}`,
  faqPageName: (s) => `Häufige Fragen zur Einstellung im Bereich ${s}`,
  compareCrumb: 'Rollen vergleichen',
  comparisonTitles: (first, s) => [
    `${first} im Vergleich mit verwandten Rollen`,
    `${s}: Rollen im Vergleich`,
  ],
  comparisonDescription: (names) =>
    `Worin sich ${names} unterscheiden: Schwerpunkt, wesentlicher Unterschied sowie gemeinsame Skills und Technologien.`,
  comparedList: (s) => `Rollen im Bereich ${s} im Vergleich`,
  roleInHubLink: (role, city) => `${role} in ${city}`,
  roleTitles: (role) => [
    `${role} finden: Skills, Tools und Standorte`,
    `${role}: Recruiting`,
    role,
  ],
  roleInHubTitles: (role, city) => [`${role} in ${city} einstellen`, `${role}, ${city}`],
  roleInHubDescription: (role, city, country, summary) =>
    `${role} in ${city}, ${country} einstellen. ${summary}`,
  skillTitles: (n) => [
    `Gefragte Skills: ${n} – Rollen und Recruiting`,
    `Gefragte Skills: ${n}`,
    `Skill: ${n}`,
  ],
  technologyTitles: (n) => [`${n}: Rollen und Recruiting`, `${n}: Rollen`],
  industryTitles: (n) => [`Tech-Recruiting: ${n}`, `Recruiting: ${n}`],
  hubTitles: (city, country) => [
    `Tech-Recruiting in ${city}, ${country}`,
    `Tech-Recruiting in ${city}`,
  ],
  hubAbout: (city, country) => `Einstellen in ${city}, ${country}.`,
  taxonomyDescription: (about, roles) => `${about} Rollen: ${roles}.`,
  rolesHiredIn: (city) => `Rollen, die in ${city} gesucht werden`,
  rolesFor: (name) => `Rollen für ${name}`,
  generated: {
    rolesQuestion: (s) => `Welche Rollen umfasst das Recruiting im Bereich ${s}?`,
    rolesAnswerOne: (s, role) => `Im Bereich ${s} dreht sich das Recruiting um die Rolle ${role}.`,
    rolesAnswer: (s, first, others) =>
      `Im Bereich ${s} dreht sich das Recruiting um die Rolle ${first}, daneben um ${others}.`,
    technologiesQuestion: (s) => `Mit welchen Technologien arbeiten Rollen im Bereich ${s}?`,
    languagesSuchAs: (languages) => `Programmiersprachen wie ${languages}`,
    together: ' sowie ',
    technologiesAnswer: (count, s, parts) =>
      `In den ${count} Rollen im Bereich ${s} kommen vor allem diese Technologien vor: ${parts}.`,
    industriesQuestion: (s) => `Welche Branchen stellen Fachkräfte für ${s} ein?`,
    industriesAnswer: (s, industries) =>
      `Rollen im Bereich ${s} werden in diesen Branchen besetzt: ${industries}.`,
    hubsQuestion: (s) => `Wo werden Rollen im Bereich ${s} besetzt?`,
    hubsAnswer: (places) => `Die wichtigsten Standorte sind ${places}.`,
  },
};

const frFR: PageText = {
  ...frJobs,
  lang: 'fr-FR',
  ogLocale: 'fr_FR',
  ...intlFor('fr-FR'),
  home: 'Accueil',
  homeTitles: (names) => [`Recrutement spécialisé : ${names}`, 'Recrutement spécialisé'],
  homeDescription: (site, names) =>
    `${site} recrute pour ${names} : rôles, compétences, technologies, villes et conseils de recrutement pour chaque spécialisation.`,
  specialismsList: 'Spécialisations',
  compareLink: (s) => `Comparer les rôles ${s}`,
  faqsLink: (s) => `FAQ ${s}`,
  specialismTitles: (s) => [`${s} : guide du recrutement`, `Recrutement ${s}`],
  rolesOf: (s) => `Rôles ${s}`,
  faqsCrumb: 'FAQ',
  faqTitles: (s) => [`${s} : questions sur le recrutement`, `FAQ ${s}`],
  faqDescription: (s, questions) =>
    `Les questions que se posent les responsables du recrutement sur ${s}, avec nos réponses : ${questions}`,
  faqPageName: (s) => `Questions sur le recrutement ${s}`,
  compareCrumb: 'Comparer les rôles',
  comparisonTitles: (first, s) => [`${first} et rôles voisins comparés`, `Rôles ${s} comparés`],
  comparisonDescription: (names) =>
    `Ce qui distingue ${names} : priorité, différence clé, et les compétences et technologies qu'ils partagent.`,
  comparedList: (s) => `Rôles ${s} comparés`,
  roleInHubLink: (role, city) => `${role} à ${city}`,
  roleTitles: (role) => [
    `Recruter un ${role} : compétences, outils, villes`,
    `Recruter un ${role}`,
    role,
  ],
  roleInHubTitles: (role, city) => [`Recruter un ${role} à ${city}`, `${role} à ${city}`],
  roleInHubDescription: (role, city, country, summary) =>
    `Recruter un ${role} à ${city} (${country}). ${summary}`,
  skillTitles: (n) => [
    `Compétence recherchée : ${n} – rôles et recrutement`,
    `Compétence recherchée : ${n}`,
    `Compétence : ${n}`,
  ],
  technologyTitles: (n) => [`${n} : rôles et recrutement`, `${n} : rôles`],
  industryTitles: (n) => [`Recrutement tech : ${n}`, `Recrutement : ${n}`],
  hubTitles: (city, country) => [
    `Recrutement tech à ${city} (${country})`,
    `Recrutement tech à ${city}`,
  ],
  hubAbout: (city, country) => `Recruter à ${city} (${country}).`,
  taxonomyDescription: (about, roles) => `${about} Rôles : ${roles}.`,
  rolesHiredIn: (city) => `Rôles recrutés à ${city}`,
  rolesFor: (name) => `Rôles liés à ${name}`,
  generated: {
    rolesQuestion: (s) => `Quels rôles le recrutement ${s} couvre-t-il ?`,
    rolesAnswerOne: (s, role) => `Le recrutement ${s} s'articule autour du rôle de ${role}.`,
    rolesAnswer: (s, first, others) =>
      `Le recrutement ${s} s'articule autour du rôle de ${first}, aux côtés de ${others}.`,
    technologiesQuestion: (s) => `Quelles technologies les rôles ${s} utilisent-ils ?`,
    languagesSuchAs: (languages) => `des langages de programmation comme ${languages}`,
    together: ', ainsi que ',
    technologiesAnswer: (count, s, parts) =>
      `Dans les ${count} rôles ${s}, les technologies qui reviennent sont ${parts}.`,
    industriesQuestion: (s) => `Quels secteurs recrutent des profils ${s} ?`,
    industriesAnswer: (s, industries) =>
      `Les rôles ${s} sont recrutés dans ces secteurs : ${industries}.`,
    hubsQuestion: (s) => `Où les rôles ${s} sont-ils recrutés ?`,
    hubsAnswer: (places) => `Les principaux pôles de recrutement sont ${places}.`,
  },
};

const texts: Record<string, PageText> = { 'en-GB': enGB, 'de-DE': deDE, 'fr-FR': frFR };

/**
 * The page model's text for a locale; a locale without its own templates uses the first of its
 * fallback chain that has them, else British English.
 */
export function pageTextFor(locale: string, chain: readonly string[] = []): PageText {
  for (const code of [locale, ...chain]) {
    const text = texts[code];
    if (text) return text;
  }
  return enGB;
}
