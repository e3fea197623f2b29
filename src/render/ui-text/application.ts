/**
 * The words of the application form on a job page and of its answers, per locale. Kept apart
 * from the main catalogs, as the job words are. (The server's validation messages stay in
 * English, as the enquiry form's do; the field names they are shown with are translated.)
 */
import { useText } from './index.js';

export interface ApplicationText {
  readonly intro: string;
  readonly name: string;
  readonly email: string;
  readonly message: string;
  readonly cv: string;
  readonly cvHint: string;
  /** The label of the field only bots fill in. */
  readonly honeypot: string;
  readonly consent: string;
  readonly submit: string;
  readonly thanksTitle: string;
  thanksLede(reference: string, job: string): string;
  readonly back: string;
  readonly failedTitle: string;
  readonly failedLede: string;
  readonly goneTitle: string;
  readonly limitedTitle: string;
  /** What a problem's field is called, by the input's field name. */
  readonly fields: Record<'vacancy' | 'name' | 'email' | 'message' | 'cv' | 'consent', string>;
}

const en: ApplicationText = {
  intro: 'Apply for this job here. We read every application and reply to each.',
  name: 'Your name',
  email: 'Your email',
  message: 'Why this job? (a cover note)',
  cv: 'Your CV: a link, or the text (optional)',
  cvHint: 'A link to your CV or profile, or paste it here. No file needed.',
  honeypot: 'Leave this field empty',
  consent: 'I agree that you may contact me about this application',
  submit: 'Send application',
  thanksTitle: 'Application sent',
  thanksLede: (reference, job) =>
    `Thank you: we received your application for “${job}” (reference ${reference}).`,
  back: 'Back to the job',
  failedTitle: 'Your application was not sent',
  failedLede: 'Please fix the following and send it again:',
  goneTitle: 'This job is no longer open for applications',
  limitedTitle: 'Too many applications from this address',
  fields: {
    vacancy: 'Job',
    name: 'Your name',
    email: 'Your email',
    message: 'Cover note',
    cv: 'CV',
    consent: 'Consent',
  },
};

const de: ApplicationText = {
  intro:
    'Bewerben Sie sich hier auf diese Stelle. Wir lesen jede Bewerbung und antworten auf jede.',
  name: 'Ihr Name',
  email: 'Ihre E-Mail-Adresse',
  message: 'Warum diese Stelle? (Anschreiben)',
  cv: 'Ihr Lebenslauf: ein Link oder der Text (optional)',
  cvHint: 'Ein Link zu Lebenslauf oder Profil, oder fügen Sie ihn hier ein. Keine Datei nötig.',
  honeypot: 'Dieses Feld leer lassen',
  consent: 'Ich bin einverstanden, zu dieser Bewerbung kontaktiert zu werden',
  submit: 'Bewerbung senden',
  thanksTitle: 'Bewerbung gesendet',
  thanksLede: (reference, job) =>
    `Vielen Dank: Ihre Bewerbung für „${job}“ ist eingegangen (Referenz ${reference}).`,
  back: 'Zurück zur Stelle',
  failedTitle: 'Ihre Bewerbung wurde nicht gesendet',
  failedLede: 'Bitte korrigieren Sie Folgendes und senden Sie sie erneut:',
  goneTitle: 'Diese Stelle nimmt keine Bewerbungen mehr an',
  limitedTitle: 'Zu viele Bewerbungen von dieser Adresse',
  fields: {
    vacancy: 'Stelle',
    name: 'Ihr Name',
    email: 'Ihre E-Mail-Adresse',
    message: 'Anschreiben',
    cv: 'Lebenslauf',
    consent: 'Einverständnis',
  },
};

const fr: ApplicationText = {
  intro: 'Candidatez ici à cette offre. Nous lisons chaque candidature et répondons à chacune.',
  name: 'Votre nom',
  email: 'Votre e-mail',
  message: 'Pourquoi cette offre ? (lettre de motivation)',
  cv: 'Votre CV : un lien, ou le texte (facultatif)',
  cvHint: 'Un lien vers votre CV ou profil, ou collez-le ici. Aucun fichier nécessaire.',
  honeypot: 'Laissez ce champ vide',
  consent: "J'accepte d'être contacté(e) au sujet de cette candidature",
  submit: 'Envoyer la candidature',
  thanksTitle: 'Candidature envoyée',
  thanksLede: (reference, job) =>
    `Merci : nous avons bien reçu votre candidature pour « ${job} » (référence ${reference}).`,
  back: "Retour à l'offre",
  failedTitle: "Votre candidature n'a pas été envoyée",
  failedLede: 'Corrigez les points suivants et envoyez-la à nouveau :',
  goneTitle: "Cette offre n'accepte plus de candidatures",
  limitedTitle: 'Trop de candidatures depuis cette adresse',
  fields: {
    vacancy: 'Offre',
    name: 'Votre nom',
    email: 'Votre e-mail',
    message: 'Lettre de motivation',
    cv: 'CV',
    consent: 'Consentement',
  },
};

const catalogs: Record<string, ApplicationText> = { 'en-GB': en, 'de-DE': de, 'fr-FR': fr };

/** The application words for a locale (British English for a language without them). */
export function applicationText(locale: string | undefined): ApplicationText {
  return (locale !== undefined && Object.hasOwn(catalogs, locale) && catalogs[locale]) || en;
}

/** The application words of the page's language. */
export function useApplicationText(): ApplicationText {
  return applicationText(useText().lang);
}
