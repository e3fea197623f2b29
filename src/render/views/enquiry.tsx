import { specialismPath } from '../components.js';
import { useText } from '../ui-text/index.js';

/** The attributes the form's controls carry; they are written in the order given. */
interface ControlAttributes {
  type?: string;
  autocomplete?: string;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  rows?: number;
  tabIndex?: number;
  value?: string;
}

/** The form's ids are `enquiry-<name>`, so each label names its control. */
const idOf = (name: string) => `enquiry-${name}`;

/**
 * One labelled field of the enquiry form: the label, then its control, in a paragraph. (Problems
 * are reported on a page of their own after the POST, so a field has no error text of its own.)
 */
function Field({
  name,
  label,
  multiline = false,
  trap = false,
  ...control
}: ControlAttributes & {
  name: string;
  label: string;
  /** A `<textarea>` rather than an `<input>`. */
  multiline?: boolean;
  /** The field only bots fill in: out of sight, and hidden from assistive technology. */
  trap?: boolean;
}) {
  const id = idOf(name);
  return (
    <p class={trap ? 'hp' : undefined} aria-hidden={trap ? 'true' : undefined}>
      <label for={id}>{label}</label>
      {multiline ? (
        <textarea id={id} name={name} {...control} />
      ) : (
        <input id={id} name={name} {...control} />
      )}
    </p>
  );
}

/** A checkbox with its label after it. */
function Choice({
  id,
  label,
  ...control
}: ControlAttributes & { id: string; name: string; label: string }) {
  return (
    <p class="choice">
      <input id={id} {...control} />
      <label for={id}>{label}</label>
    </p>
  );
}

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
      <Field name="name" label={t.name} type="text" autocomplete="name" required maxLength={200} />
      <Field
        name="email"
        label={t.email}
        type="email"
        autocomplete="email"
        required
        maxLength={254}
      />
      <Field
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
        name="message"
        label={t.message}
        multiline
        rows={5}
        required
        minLength={10}
        maxLength={5000}
      />
      <Field name="website" label={t.honeypot} trap type="text" tabIndex={-1} autocomplete="off" />
      <Choice
        id={idOf('consent')}
        label={t.consent}
        name="consent"
        type="checkbox"
        value="yes"
        required
      />
      <p>
        <button type="submit">{t.submit}</button>
      </p>
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
