import type { StudioFieldPartsFragment } from '../generated/graphql.js';
import { LinesInput } from './lines-field.js';
import { MarkdownInput } from './markdown-field.js';

/** A field of the content model, as the form gets it (`contentModel`). */
export type ModelField = StudioFieldPartsFragment & {
  fields?: StudioFieldPartsFragment[] | null;
};

export interface FieldInputProps {
  field: ModelField;
  /** Where the value sits in the node (`whenToHire.advice`): ids and error matching. */
  path: string;
  value: unknown;
  onChange(value: unknown): void;
  /** Server errors by field path (`summary`, `whenToHire.advice`). */
  errors: Record<string, string>;
}

/** Text fields that hold a line, not a paragraph: names, titles, places. */
const SINGLE_LINE = new Set([
  'name',
  'city',
  'region',
  'headline',
  'question',
  'title',
  'primaryFocus',
]);

const idOf = (path: string) => `field-${path.replace(/\W+/g, '-')}`;

/** Country codes with their names, for the country picker (ISO 3166-1, in English). */
let countries: [string, string][] | undefined;
function countryOptions(): [string, string][] {
  if (countries) return countries;
  const names = new Intl.DisplayNames(['en-GB'], { type: 'region' });
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      if (name && name !== code) codes.push(code);
    }
  return (countries = codes
    .map((code) => [code, names.of(code)!] as [string, string])
    .sort((x, y) => x[1].localeCompare(y[1])));
}

/**
 * One field of a generated form, labelled by its label, with the input its kind needs (text,
 * Markdown with a preview, a reorderable list, a country, a group of fields) and the server's
 * error for it beside it.
 */
export function FieldInput({ field, path, value, onChange, errors }: FieldInputProps) {
  const id = idOf(path);
  const labelId = `${id}-label`;
  const error = errors[path];
  const errorId = error ? `${id}-error` : undefined;
  const help = field.description ? `${id}-help` : undefined;
  const describedBy = [errorId, help].filter(Boolean).join(' ') || undefined;
  const text = typeof value === 'string' ? value : '';
  const common = {
    id,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
    required: field.required,
  };

  let input;
  switch (field.kind) {
    case 'OBJECT': {
      const parts = (value ?? {}) as Record<string, unknown>;
      return (
        <fieldset class="field field-group">
          <legend>{field.label}</legend>
          {(field.fields ?? []).map((part) => (
            <FieldInput
              key={part.name}
              field={part}
              path={`${path}.${part.name}`}
              value={parts[part.name]}
              onChange={(next) => onChange({ ...parts, [part.name]: next })}
              errors={errors}
            />
          ))}
        </fieldset>
      );
    }
    case 'MARKDOWN':
      input = (
        <MarkdownInput
          labelledBy={labelId}
          describedBy={describedBy}
          value={text}
          invalid={Boolean(error)}
          onChange={onChange}
        />
      );
      break;
    case 'LINES':
      input = (
        <LinesInput
          label={field.label}
          labelledBy={labelId}
          value={Array.isArray(value) ? (value as string[]) : []}
          maxItems={field.maxItems}
          onChange={onChange}
        />
      );
      break;
    case 'NUMBER':
      input = (
        <input
          {...common}
          type="number"
          step="any"
          value={typeof value === 'number' ? String(value) : ''}
          onInput={(e) =>
            onChange(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))
          }
        />
      );
      break;
    case 'COUNTRY':
      input = (
        <select {...common} value={text} onChange={(e) => onChange(e.currentTarget.value)}>
          <option value="">Choose a country</option>
          {countryOptions().map(([code, name]) => (
            <option key={code} value={code}>
              {name} ({code})
            </option>
          ))}
        </select>
      );
      break;
    default:
      input = field.options ? (
        <select {...common} value={text} onChange={(e) => onChange(e.currentTarget.value)}>
          {field.options.map((option) => (
            <option key={option}>{option}</option>
          ))}
        </select>
      ) : field.kind === 'TEXT' && !SINGLE_LINE.has(field.name) ? (
        <textarea
          {...common}
          rows={3}
          value={text}
          onInput={(e) => onChange(e.currentTarget.value || null)}
        />
      ) : (
        <input
          {...common}
          type={field.kind === 'URL' ? 'url' : 'text'}
          value={text}
          onInput={(e) => onChange(e.currentTarget.value || null)}
        />
      );
  }
  const labelled = field.kind === 'MARKDOWN' || field.kind === 'LINES';
  return (
    <div class={`field field-${field.kind.toLowerCase()}`}>
      {labelled ? (
        <span class="label" id={labelId}>
          {field.label}
          {field.required && <span aria-hidden="true"> *</span>}
        </span>
      ) : (
        <label for={id} id={labelId}>
          {field.label}
          {field.required && <span aria-hidden="true"> *</span>}
        </label>
      )}
      {input}
      {help && (
        <p class="help" id={help}>
          {field.description}
        </p>
      )}
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
