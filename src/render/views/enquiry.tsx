import { specialismPath } from '../components.js';
import { useText } from '../ui-text/index.js';
import { Choice, Field, FormEnd } from './form-fields.js';

/** The form's ids are `enquiry-<name>`, so each label names its control. */
const idOf = (name: string) => `enquiry-${name}`;

/** The hiring enquiry form: a plain POST, so it works without JavaScript. */
export function EnquiryForm({
  specialism,
  roles,
}: {
  specialism: string;
  roles: { slug: string; name: string }[];
}) {
  const t = useText().enquiry;
  return (
    <form class="enquiry" method="post" action="/enquiries">
      <input type="hidden" name="specialism" value={specialism} />
      <Field
        form="enquiry"
        name="name"
        label={t.name}
        type="text"
        autocomplete="name"
        required
        maxLength={200}
      />
      <Field
        form="enquiry"
        name="email"
        label={t.email}
        type="email"
        autocomplete="email"
        required
        maxLength={254}
      />
      <Field
        form="enquiry"
        name="company"
        label={t.company}
        type="text"
        autocomplete="organization"
        required
        maxLength={200}
      />
      {roles.length > 0 && (
        <fieldset>
          <legend>{t.roles}</legend>
          {roles.map((role) => (
            <Choice
              id={idOf(`role-${role.slug}`)}
              label={role.name}
              name="roles"
              type="checkbox"
              value={role.slug}
            />
          ))}
        </fieldset>
      )}
      <Field
        form="enquiry"
        name="message"
        label={t.message}
        multiline
        rows={5}
        required
        minLength={10}
        maxLength={5000}
      />
      <FormEnd form="enquiry" honeypot={t.honeypot} consent={t.consent} submit={t.submit} />
    </form>
  );
}

/*
 * The enquiry's answers are also called as plain functions (`EnquiryThanksView({ ... })`), outside
 * any render, where a hook cannot run: each returns an element whose component reads the catalog
 * when `Layout` renders it.
 */

interface ThanksProps {
  reference: string;
  specialism: string;
  /** Where "back" leads; the specialism's page unless given. */
  back?: string;
}

function EnquiryThanks({ reference, specialism, back }: ThanksProps) {
  const t = useText().enquiry;
  return (
    <div class="hero">
      <h1>{t.thanksTitle}</h1>
      <p class="lede">{t.thanksLede(reference)}</p>
      <p>
        <a href={back ?? specialismPath(specialism)}>{t.thanksBack}</a>
      </p>
    </div>
  );
}

/** The answer to a sent enquiry, with its reference. */
export function EnquiryThanksView(props: ThanksProps) {
  return <EnquiryThanks {...props} />;
}

interface ProblemsProps {
  problems: string[];
  back: string;
}

function EnquiryProblems({ problems, back }: ProblemsProps) {
  const t = useText().enquiry;
  return (
    <div class="hero">
      <h1>{t.failedHeading}</h1>
      <p class="lede">{t.failedLede}</p>
      <ul>
        {problems.map((p) => (
          <li>{p}</li>
        ))}
      </ul>
      <p>
        <a href={back}>{t.failedBack}</a>
      </p>
    </div>
  );
}

/** The answer to an enquiry that was not sent: what to fix, and the way back to the form. */
export function EnquiryProblemsView(props: ProblemsProps) {
  return <EnquiryProblems {...props} />;
}
