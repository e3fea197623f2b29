/**
 * The words of the job pages and of the vacancy and salary parts of other pages, per locale.
 * Kept apart from the main catalogs so the vacancy feature reads as one piece.
 */
import type { ComponentChild, ComponentChildren } from 'preact';
import type { LinkTo } from './en-GB.js';
import { useText } from './index.js';

type Workplace = 'ONSITE' | 'HYBRID' | 'REMOTE';
type EmploymentType = 'FULL_TIME' | 'PART_TIME' | 'CONTRACTOR' | 'TEMPORARY' | 'INTERN';
type Period = 'HOUR' | 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

export interface JobsText {
  readonly heading: string;
  readonly lede: string;
  readonly filters: string;
  readonly role: string;
  readonly hub: string;
  readonly workplace: string;
  readonly employmentType: string;
  readonly anyRole: string;
  readonly anyHub: string;
  readonly anyWorkplace: string;
  readonly anyType: string;
  readonly filter: string;
  readonly clear: string;
  count(n: number): string;
  readonly none: string;
  readonly more: string;
  readonly workplaces: Record<Workplace, string>;
  readonly types: Record<EmploymentType, string>;
  readonly per: Record<Period, string>;
  readonly salary: string;
  readonly notStated: string;
  readonly place: string;
  readonly remoteFrom: string;
  readonly posted: string;
  readonly closes: string;
  readonly employer: string;
  readonly confidential: string;
  readonly reference: string;
  readonly applyTitle: string;
  applyAt(link: LinkTo): ComponentChildren;
  readonly goneHeading: string;
  gone(title: string, role: ComponentChild): ComponentChildren;
  likeThis(role: string): string;
  jobsFor(name: string): string;
  readonly advertisedTitle: string;
  fromAdvertised(n: number): string;
  readonly percentiles: readonly [string, string, string, string, string];
  readonly hubNoteTitle: string;
}

const en: JobsText = {
  heading: 'Live jobs',
  lede: 'Vacancies we are recruiting for now, newest first.',
  filters: 'Filter jobs',
  role: 'Role',
  hub: 'Hub',
  workplace: 'Workplace',
  employmentType: 'Contract',
  anyRole: 'Any role',
  anyHub: 'Any hub',
  anyWorkplace: 'Any workplace',
  anyType: 'Any contract',
  filter: 'Show jobs',
  clear: 'Clear filters',
  count: (n) => (n === 1 ? '1 live job' : `${n} live jobs`),
  none: 'No live jobs match these filters.',
  more: 'More jobs',
  workplaces: { ONSITE: 'On site', HYBRID: 'Hybrid', REMOTE: 'Remote' },
  types: {
    FULL_TIME: 'Full time',
    PART_TIME: 'Part time',
    CONTRACTOR: 'Contract',
    TEMPORARY: 'Temporary',
    INTERN: 'Internship',
  },
  per: { HOUR: 'per hour', DAY: 'per day', WEEK: 'per week', MONTH: 'per month', YEAR: 'per year' },
  salary: 'Salary',
  notStated: 'Not stated',
  place: 'Place',
  remoteFrom: 'Applicants from',
  posted: 'Posted',
  closes: 'Closes',
  employer: 'Employer',
  confidential: 'Confidential client',
  reference: 'Reference',
  applyTitle: 'How to apply',
  applyAt: (link) => <>Apply on the employer’s site: {link('apply now')}.</>,
  goneHeading: 'This job is no longer advertised',
  gone: (title, role) => (
    <>
      “{title}” has closed. See {role} for what the role involves.
    </>
  ),
  likeThis: (role) => `Live jobs for ${role}`,
  jobsFor: (name) => `Live jobs: ${name}`,
  advertisedTitle: 'Advertised salaries',
  fromAdvertised: (n) => `from ${n} advertised salaries`,
  percentiles: [
    '10th percentile',
    '25th percentile',
    'Median',
    '75th percentile',
    '90th percentile',
  ],
  hubNoteTitle: 'Hiring here',
};

const de: JobsText = {
  heading: 'Aktuelle Jobs',
  lede: 'Stellen, für die wir jetzt rekrutieren, die neuesten zuerst.',
  filters: 'Jobs filtern',
  role: 'Rolle',
  hub: 'Standort',
  workplace: 'Arbeitsort',
  employmentType: 'Vertrag',
  anyRole: 'Alle Rollen',
  anyHub: 'Alle Standorte',
  anyWorkplace: 'Alle Arbeitsorte',
  anyType: 'Alle Verträge',
  filter: 'Jobs anzeigen',
  clear: 'Filter zurücksetzen',
  count: (n) => (n === 1 ? '1 aktueller Job' : `${n} aktuelle Jobs`),
  none: 'Keine aktuellen Jobs passen zu diesen Filtern.',
  more: 'Weitere Jobs',
  workplaces: { ONSITE: 'Vor Ort', HYBRID: 'Hybrid', REMOTE: 'Remote' },
  types: {
    FULL_TIME: 'Vollzeit',
    PART_TIME: 'Teilzeit',
    CONTRACTOR: 'Freiberuflich',
    TEMPORARY: 'Befristet',
    INTERN: 'Praktikum',
  },
  per: {
    HOUR: 'pro Stunde',
    DAY: 'pro Tag',
    WEEK: 'pro Woche',
    MONTH: 'pro Monat',
    YEAR: 'pro Jahr',
  },
  salary: 'Gehalt',
  notStated: 'Nicht angegeben',
  place: 'Ort',
  remoteFrom: 'Bewerbungen aus',
  posted: 'Veröffentlicht',
  closes: 'Bewerbungsschluss',
  employer: 'Arbeitgeber',
  confidential: 'Vertraulicher Kunde',
  reference: 'Referenz',
  applyTitle: 'Bewerbung',
  applyAt: (link) => (
    <>Bewerben Sie sich auf der Seite des Arbeitgebers: {link('jetzt bewerben')}.</>
  ),
  goneHeading: 'Diese Stelle ist nicht mehr ausgeschrieben',
  gone: (title, role) => (
    <>
      „{title}“ ist geschlossen. Was die Rolle umfasst: {role}.
    </>
  ),
  likeThis: (role) => `Aktuelle Jobs: ${role}`,
  jobsFor: (name) => `Aktuelle Jobs: ${name}`,
  advertisedTitle: 'Ausgeschriebene Gehälter',
  fromAdvertised: (n) => `aus ${n} ausgeschriebenen Gehältern`,
  percentiles: ['10. Perzentil', '25. Perzentil', 'Median', '75. Perzentil', '90. Perzentil'],
  hubNoteTitle: 'Einstellen vor Ort',
};

const fr: JobsText = {
  heading: "Offres d'emploi",
  lede: 'Les postes pour lesquels nous recrutons, les plus récents d’abord.',
  filters: 'Filtrer les offres',
  role: 'Rôle',
  hub: 'Ville',
  workplace: 'Mode de travail',
  employmentType: 'Contrat',
  anyRole: 'Tous les rôles',
  anyHub: 'Toutes les villes',
  anyWorkplace: 'Tous les modes',
  anyType: 'Tous les contrats',
  filter: 'Afficher les offres',
  clear: 'Effacer les filtres',
  count: (n) => (n === 1 ? '1 offre ouverte' : `${n} offres ouvertes`),
  none: 'Aucune offre ne correspond à ces filtres.',
  more: "Plus d'offres",
  workplaces: { ONSITE: 'Sur site', HYBRID: 'Hybride', REMOTE: 'Télétravail' },
  types: {
    FULL_TIME: 'Temps plein',
    PART_TIME: 'Temps partiel',
    CONTRACTOR: 'Freelance',
    TEMPORARY: 'CDD',
    INTERN: 'Stage',
  },
  per: {
    HOUR: 'par heure',
    DAY: 'par jour',
    WEEK: 'par semaine',
    MONTH: 'par mois',
    YEAR: 'par an',
  },
  salary: 'Salaire',
  notStated: 'Non précisé',
  place: 'Lieu',
  remoteFrom: 'Candidatures depuis',
  posted: 'Publiée le',
  closes: 'Clôture',
  employer: 'Employeur',
  confidential: 'Client confidentiel',
  reference: 'Référence',
  applyTitle: 'Candidater',
  applyAt: (link) => <>Candidatez sur le site de l’employeur : {link('postuler')}.</>,
  goneHeading: "Cette offre n'est plus publiée",
  gone: (title, role) => (
    <>
      « {title} » est close. Pour le rôle : {role}.
    </>
  ),
  likeThis: (role) => `Offres ouvertes : ${role}`,
  jobsFor: (name) => `Offres ouvertes : ${name}`,
  advertisedTitle: 'Salaires annoncés',
  fromAdvertised: (n) => `d'après ${n} salaires annoncés`,
  percentiles: ['10e centile', '25e centile', 'Médiane', '75e centile', '90e centile'],
  hubNoteTitle: 'Recruter ici',
};

const catalogs: Record<string, JobsText> = { 'en-GB': en, 'de-DE': de, 'fr-FR': fr };

/** The job words of the page's language (British English for a language without them). */
export function useJobsText(): JobsText {
  return catalogs[useText().lang] ?? en;
}

/** An amount of money in the page's language, without cents for whole amounts. */
export function money(amount: number, currency: string, lang: string): string {
  return new Intl.NumberFormat(lang, {
    style: 'currency',
    currency,
    maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
  }).format(amount);
}

/** A date (or date-time) as the page's language writes it, e.g. "1 December 2026". */
export function day(value: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(value),
  );
}
