/* The labelled controls the site's public forms (the enquiry, the application) are made of. */

/** The attributes the form's controls carry; they are written in the order given. */
export interface ControlAttributes {
  type?: string;
  autocomplete?: string;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  rows?: number;
  tabIndex?: number;
  value?: string;
}

/**
 * One labelled field of a public form: the label, then its control (and a hint, given one, that
 * the control is described by), in a paragraph. Its id is `<form>-<name>`, so the label names
 * its control and a problem can link to it. (Problems are reported on a page of their own after
 * the POST, so a field has no error text of its own.)
 */
export function Field({
  form,
  name,
  label,
  hint,
  multiline = false,
  trap = false,
  ...control
}: ControlAttributes & {
  /** The form's name, which prefixes the ids. */
  form: string;
  name: string;
  /** A line under the label saying what to enter. */
  hint?: string;
  label: string;
  /** A `<textarea>` rather than an `<input>`. */
  multiline?: boolean;
  /** The field only bots fill in: out of sight, and hidden from assistive technology. */
  trap?: boolean;
}) {
  const id = `${form}-${name}`;
  const described = hint ? { 'aria-describedby': `${id}-hint` } : {};
  return (
    <p class={trap ? 'hp' : undefined} aria-hidden={trap ? 'true' : undefined}>
      <label for={id}>{label}</label>
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {multiline ? (
        <textarea id={id} name={name} {...described} {...control} />
      ) : (
        <input id={id} name={name} {...described} {...control} />
      )}
    </p>
  );
}

/** A checkbox with its label after it. */
export function Choice({
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

/**
 * How every public form ends: the field only bots fill in (out of sight), the consent box, and
 * the submit button. Ids are `<form>-website` and `<form>-consent`.
 */
export function FormEnd({
  form,
  honeypot,
  consent,
  submit,
}: {
  form: string;
  honeypot: string;
  consent: string;
  submit: string;
}) {
  return (
    <>
      <Field
        form={form}
        name="website"
        label={honeypot}
        trap
        type="text"
        tabIndex={-1}
        autocomplete="off"
      />
      <Choice
        id={`${form}-consent`}
        label={consent}
        name="consent"
        type="checkbox"
        value="yes"
        required
      />
      <p>
        <button type="submit">{submit}</button>
      </p>
    </>
  );
}
