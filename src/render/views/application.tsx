import { useApplicationText } from '../ui-text/application.js';
import { useText } from '../ui-text/index.js';
import { Field, FormEnd } from './form-fields.js';

/** Where the application form posts (a plain POST, so it works without JavaScript). */
export const APPLICATIONS_PATH = '/applications';

/**
 * The application form on a job page without `applyUrl`: name, email, a cover note, a CV as a
 * link or text (optional), consent, and the honeypot. It says which job, and the page's language
 * (so the answer is in it).
 */
export function ApplicationForm({ job }: { job: string }) {
  const t = useApplicationText();
  const { lang } = useText();
  return (
    <form class="enquiry application" method="post" action={APPLICATIONS_PATH}>
      <p>{t.intro}</p>
      <input type="hidden" name="vacancy" value={job} />
      <input type="hidden" name="locale" value={lang} />
      <Field
        form="application"
        name="name"
        label={t.name}
        type="text"
        autocomplete="name"
        required
        maxLength={200}
      />
      <Field
        form="application"
        name="email"
        label={t.email}
        type="email"
        autocomplete="email"
        required
        maxLength={254}
      />
      <Field
        form="application"
        name="message"
        label={t.message}
        multiline
        rows={6}
        required
        minLength={10}
        maxLength={5000}
      />
      <Field
        form="application"
        name="cv"
        label={t.cv}
        hint={t.cvHint}
        multiline
        rows={4}
        maxLength={20000}
      />
      <FormEnd form="application" honeypot={t.honeypot} consent={t.consent} submit={t.submit} />
    </form>
  );
}

/*
 * The answers are called as plain functions outside any render (as the enquiry's are): each
 * returns an element whose component reads the catalog when `Layout` renders it.
 */

interface ThanksProps {
  reference: string;
  title: string;
  back: string;
}

function ApplicationThanks({ reference, title, back }: ThanksProps) {
  const t = useApplicationText();
  return (
    <div class="hero">
      <h1>{t.thanksTitle}</h1>
      <p class="lede" role="status">
        {t.thanksLede(reference, title)}
      </p>
      <p>
        <a href={back}>{t.back}</a>
      </p>
    </div>
  );
}

/** The answer to a sent application, with its reference. */
export function ApplicationThanksView(props: ThanksProps) {
  return <ApplicationThanks {...props} />;
}

/** One thing to fix: the field it is about (null: the whole application) and what is wrong. */
export interface Problem {
  field: string | null;
  message: string;
}

interface ProblemsProps {
  /** Why it was refused: bad fields, a job that has gone, or too many from this address. */
  kind: 'input' | 'gone' | 'limited';
  problems: Problem[];
  back: string;
}

function ApplicationProblems({ kind, problems, back }: ProblemsProps) {
  const t = useApplicationText();
  const heading =
    kind === 'gone' ? t.goneTitle : kind === 'limited' ? t.limitedTitle : t.failedTitle;
  const labelOf = (field: string) =>
    (t.fields as Record<string, string | undefined>)[field] ?? field;
  return (
    <div class="hero">
      <h1>{heading}</h1>
      {kind === 'input' && <p class="lede">{t.failedLede}</p>}
      {/* Announced on arrival; each field's problem links to that field on the job page. */}
      <ul role="alert">
        {problems.map((p) =>
          p.field && p.field in t.fields ? (
            <li>
              <a href={`${back}#application-${p.field}`}>
                {labelOf(p.field)}: {p.message}
              </a>
            </li>
          ) : (
            <li>{p.message}</li>
          ),
        )}
      </ul>
      <p>
        <a href={back}>{t.back}</a>
      </p>
    </div>
  );
}

/** The answer to an application that was not sent: what to fix, and the way back to the form. */
export function ApplicationProblemsView(props: ProblemsProps) {
  return <ApplicationProblems {...props} />;
}
